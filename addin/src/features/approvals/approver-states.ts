/**
 * Where each approver stands, for the detail panel: decided (and how), deciding now, waiting for
 * their turn in a sequence, or not needed any more because the approval was settled without them.
 */
import type { ApprovalDto } from '@tandem/shared/approvals';

export type ApproverState = 'approved' | 'rejected' | 'deciding' | 'queued' | 'not-needed';

export interface ApproverRow {
  readonly personId: string;
  readonly state: ApproverState;
  /** When they decided, and what they wrote. */
  readonly at?: string;
  readonly comment?: string;
}

type Facts = Pick<ApprovalDto, 'approvers' | 'decisions' | 'awaiting' | 'status'>;

export function approverStates(approval: Facts): ApproverRow[] {
  return approval.approvers.map(({ personId }): ApproverRow => {
    const decision = approval.decisions.find((d) => d.approverId === personId);
    if (decision) {
      return {
        personId,
        state: decision.decision === 'approve' ? 'approved' : 'rejected',
        at: decision.at,
        ...(decision.comment ? { comment: decision.comment } : {}),
      };
    }
    if (approval.awaiting.includes(personId)) return { personId, state: 'deciding' };
    return { personId, state: approval.status === 'pending' ? 'queued' : 'not-needed' };
  });
}
