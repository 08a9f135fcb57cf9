/** Who an escalation step reaches, from the tenant's directory. */
import type { Person, Request, SlaEscalationStep } from '@tandem/shared';

export function recipientsOf(
  step: Pick<SlaEscalationStep, 'notify'>,
  request: Request,
  people: readonly Person[],
): Person[] {
  const inDept = (departmentId: string, role?: Person['role']) =>
    people.filter((p) => p.departmentId === departmentId && (!role || p.role === role));
  switch (step.notify) {
    case 'responder-head':
      return inDept(request.toDepartmentId, 'head');
    case 'requester-head':
      return inDept(request.fromDepartmentId, 'head');
    case 'executive':
      return people.filter((p) => p.role === 'executive');
    case 'assignee':
      // No single assignee yet: the responding department's members are the ones who act.
      return inDept(request.toDepartmentId, 'member');
    default:
      return [];
  }
}
