/**
 * The rules of the three modes, as functions of the decisions so far: what the approval comes to
 * and whose decision it is waiting for. The state machine and the stored-document check both use
 * them, so a document whose status does not follow from its decisions is refused on read.
 */
import type { PersonId } from '../kernel/ids';
import type { ApprovalDecisionValue, ApprovalMode, ApprovalStatus } from './approval-parts';

interface DecisionFacts {
  readonly approverId: PersonId;
  readonly decision: ApprovalDecisionValue;
}

interface OutcomeFacts {
  readonly mode: ApprovalMode;
  readonly approvers: readonly { readonly personId: PersonId }[];
  readonly decisions: readonly DecisionFacts[];
}

/** What the decisions come to; 'cancelled' is the requester's act and never follows from them. */
export function outcomeOf(facts: OutcomeFacts): Exclude<ApprovalStatus, 'cancelled'> {
  const { mode, approvers, decisions } = facts;
  const approvals = new Set(
    decisions.filter((d) => d.decision === 'approve').map((d) => d.approverId),
  );
  const rejections = new Set(
    decisions.filter((d) => d.decision === 'reject').map((d) => d.approverId),
  );
  if (mode === 'any-of') {
    if (approvals.size > 0) return 'approved';
    return approvers.every((a) => rejections.has(a.personId)) ? 'rejected' : 'pending';
  }
  // sequential and all-of differ only in who may decide next, not in what the decisions mean.
  if (rejections.size > 0) return 'rejected';
  return approvers.every((a) => approvals.has(a.personId)) ? 'approved' : 'pending';
}

/**
 * Whose decision a pending approval waits for: in sequence the first approver who has not
 * decided yet, otherwise everyone who has not decided yet; nobody once it is settled.
 */
export function awaitingApprovers(
  facts: OutcomeFacts & { readonly status: ApprovalStatus },
): PersonId[] {
  if (facts.status !== 'pending') return [];
  const decided = new Set(facts.decisions.map((d) => d.approverId));
  const open = facts.approvers.map((a) => a.personId).filter((id) => !decided.has(id));
  return facts.mode === 'sequential' ? open.slice(0, 1) : open;
}
