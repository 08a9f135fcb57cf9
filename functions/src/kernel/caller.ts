/**
 * Who is calling: the identity proven by the token (tenant and object id) resolved against the
 * tenant's directory. Department, branch and role come only from the directory, never from the
 * request.
 */
import { type Person, type PersonId, type TenantId, Forbidden, NotFound } from '@tandem/shared';
import type { Directory, TenantSetup } from './ports';

export interface Identity {
  readonly tenantId: string;
  readonly objectId: string;
  readonly name?: string;
}

export async function resolveCaller(
  deps: { directory: Directory },
  identity: Identity,
): Promise<Person> {
  const person = await deps.directory.findPerson(
    identity.tenantId as TenantId,
    identity.objectId as PersonId,
  );
  if (!person) {
    throw new Forbidden(
      'You are signed in, but you are not in Tandem’s directory of your organisation. Ask a Tandem admin to add you.',
    );
  }
  return person;
}

/** The zone a person works in: their branch's calendar zone, else their department's. */
export function timeZoneOf(person: Person, setup: TenantSetup): string {
  const branch = person.branchId ? setup.branches.find((b) => b.id === person.branchId) : undefined;
  const calendarId =
    branch?.calendarId ?? setup.departments.find((d) => d.id === person.departmentId)?.calendarId;
  const calendar = setup.calendars.find((c) => c.id === calendarId);
  if (!calendar) throw new NotFound('Calendar', calendarId ?? `of ${person.id}`);
  return calendar.timeZone;
}

export function requireRole(person: Person, roles: readonly Person['role'][], what: string): void {
  if (!roles.includes(person.role)) {
    throw new Forbidden(`Only ${roles.join(' or ')} can ${what}.`);
  }
}
