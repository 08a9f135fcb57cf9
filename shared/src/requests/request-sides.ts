/** Which side of a request a person stands on; the transition table grants actions per side. */
import type { Person } from '../kernel/directory';
import type { Request } from './request';

export type Side = 'requester' | 'responder' | 'responder-head' | 'executive';

/**
 * Sides are derived from the person and the request only, never from the status, so that "may
 * this person ever do X here" (Forbidden) is decided apart from "is X possible now" (409).
 * A person of another tenant stands on no side at all.
 */
export function sidesOf(request: Pick<Request, RequestSideFields>, person: Person): Set<Side> {
  const sides = new Set<Side>();
  if (person.tenantId !== request.tenantId) return sides;
  const headOf = (departmentId: string) =>
    person.role === 'head' && person.departmentId === departmentId;
  if (person.id === request.requesterId || headOf(request.fromDepartmentId)) {
    sides.add('requester');
  }
  const inResponding = person.departmentId === request.toDepartmentId;
  if (inResponding && (person.role === 'member' || person.role === 'head')) {
    sides.add('responder');
  }
  if (headOf(request.toDepartmentId)) sides.add('responder-head');
  if (person.role === 'executive') sides.add('executive');
  return sides;
}

type RequestSideFields = 'tenantId' | 'requesterId' | 'fromDepartmentId' | 'toDepartmentId';

const sideNames: Record<Side, string> = {
  requester: 'the requester or the head of their department',
  responder: 'the responding department',
  'responder-head': 'the head of the responding department',
  executive: 'an executive',
};

/** "the responding department or an executive" — for Forbidden messages. */
export function describeSides(sides: readonly Side[]): string {
  const names = sides.map((s) => sideNames[s]);
  return names.length <= 1
    ? (names[0] ?? 'nobody')
    : `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
}
