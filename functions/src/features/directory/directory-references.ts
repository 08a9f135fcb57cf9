/**
 * Referential integrity of a tenant's directory, which Cosmos does not enforce: what an entry
 * refers to must exist, and an entry still in use must not be deleted (a department with
 * requests, a calendar of a department, …), or lists and the SLA sweep could no longer evaluate
 * the requests that depend on it.
 */
import { Conflict, type Person, type TenantId, ValidationFailed } from '@tandem/shared';
import type { TenantSetup } from '../../kernel/ports';

export type DirectoryKind =
  'department' | 'branch' | 'person' | 'calendar' | 'request-type' | 'sla-policy';

const has = (list: readonly { id: string }[], id: unknown) => list.some((x) => x.id === id);

export function assertReferencesExist(
  kind: DirectoryKind,
  doc: Record<string, unknown>,
  setup: TenantSetup,
): void {
  const missing = (path: string, message: string) => {
    throw new ValidationFailed('The input refers to something that does not exist.', [
      { path, message },
    ]);
  };
  if ((kind === 'department' || kind === 'branch') && !has(setup.calendars, doc.calendarId)) {
    missing('calendarId', 'No such calendar.');
  }
  if (kind === 'person') {
    if (!has(setup.departments, doc.departmentId)) missing('departmentId', 'No such department.');
    if (doc.branchId !== null && !has(setup.branches, doc.branchId)) {
      missing('branchId', 'No such branch.');
    }
  }
  if (kind === 'sla-policy') {
    if (doc.departmentId !== '*' && !has(setup.departments, doc.departmentId)) {
      missing('departmentId', 'No such department.');
    }
    if (doc.requestTypeId !== '*' && !has(setup.requestTypes, doc.requestTypeId)) {
      missing('requestTypeId', 'No such request type.');
    }
  }
}

/**
 * What another feature says still uses a directory entry ("requests"), or null. Features add
 * theirs to the directory module (a department's requests are the requests feature's to know).
 */
export type DirectoryUsageCheck = (
  kind: DirectoryKind,
  id: string,
  tenantId: TenantId,
) => Promise<string | null>;

export async function assertNotInUse(
  kind: DirectoryKind,
  id: string,
  tenantId: TenantId,
  setup: TenantSetup,
  people: readonly Person[],
  usage: readonly DirectoryUsageCheck[],
): Promise<void> {
  const inUse = (by: string) => {
    throw new Conflict(`This ${kind} is still used by ${by}; change those first.`);
  };
  if (kind === 'calendar') {
    if (setup.departments.some((d) => d.calendarId === id)) inUse('a department');
    if (setup.branches.some((b) => b.calendarId === id)) inUse('a branch');
  }
  if (kind === 'branch' && people.some((p) => p.branchId === id)) inUse('people of the branch');
  if (kind === 'request-type' && setup.slaPolicies.some((p) => p.requestTypeId === id)) {
    inUse('an SLA policy');
  }
  if (kind === 'department') {
    if (people.some((p) => p.departmentId === id)) inUse('people of the department');
    if (setup.slaPolicies.some((p) => p.departmentId === id)) inUse('an SLA policy');
  }
  for (const check of usage) {
    const by = await check(kind, id, tenantId);
    if (by !== null) inUse(by);
  }
}
