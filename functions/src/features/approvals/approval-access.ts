/**
 * Who may see an approval: the person who asked, the approvers, executives and admins. Another
 * tenant's approval does not exist for the caller (404), so ids cannot be probed across tenants.
 */
import {
  type Approval,
  type ApprovalId,
  type Person,
  Forbidden,
  NotFound,
  ValidationFailed,
  approvalIdSchema,
} from '@tandem/shared';

export function canViewApproval(approval: Approval, viewer: Person): boolean {
  if (viewer.tenantId !== approval.tenantId) return false;
  if (viewer.role === 'executive' || viewer.role === 'admin') return true;
  return (
    viewer.id === approval.requesterId || approval.approvers.some((a) => a.personId === viewer.id)
  );
}

export function assertCanViewApproval(approval: Approval, viewer: Person): void {
  if (viewer.tenantId !== approval.tenantId) throw new NotFound('Approval', approval.id);
  if (!canViewApproval(approval, viewer)) {
    throw new Forbidden('Only the requester and the approvers can see this approval.');
  }
}

export function parseApprovalId(raw: string | undefined): ApprovalId {
  const parsed = approvalIdSchema.safeParse(raw);
  if (!parsed.success) {
    throw ValidationFailed.fromZod(parsed.error, 'The approval id is not valid.');
  }
  return parsed.data;
}
