/**
 * Decisions and cancellation applied to an approval. The result is a new approval (the input is
 * never mutated), ready to be written with its ETag.
 *
 * Order of checks, and so which error wins:
 *  1. the body is malformed (a rejection without a comment)     → ValidationFailed (400)
 *  2. the person is of another tenant                           → NotFound (404)
 *  3. not an approver (approve, reject) / not the requester
 *     (cancel)                                                  → Forbidden (403)
 *  4. the approval is settled already                           → InvalidTransition (409)
 *  5. the approver has decided already                          → InvalidTransition (409)
 *  6. in sequence, it is not this approver's turn               → Forbidden (403)
 *  7. the zone or the event id is malformed / replayed          → ValidationFailed / Conflict
 */
import {
  Conflict,
  Forbidden,
  InvalidTransition,
  NotFound,
  ValidationFailed,
} from '../kernel/errors';
import type { Person } from '../kernel/directory';
import { assertTimeZone, fromIsoInstant, toIsoInstant } from '../kernel/time';
import type { EpochMs } from '../sla/types';
import type { Approval } from './approval';
import { approvalEventIdSchema } from './approval-ids';
import {
  type ApprovalActionInput,
  type ApprovalActionName,
  approvalActionSchema,
} from './approval-input';
import { awaitingApprovers, outcomeOf } from './approval-outcome';
import type { ApprovalDecision, ApprovalEvent } from './approval-parts';

/** A 409 worded for approvals (the base class speaks of requests). */
export class ApprovalNotOpen extends InvalidTransition {
  constructor(action: string, status: string, message?: string) {
    super(action, status);
    this.message = message ?? `Cannot ${action} an approval that is ${status}.`;
  }
}

export function applyApprovalAction(
  approval: Approval,
  input: ApprovalActionInput,
  actor: Person,
  now: EpochMs,
  timeZone: string,
  newEventId: string,
): Approval {
  const parsed = approvalActionSchema.safeParse(input);
  if (!parsed.success) throw ValidationFailed.fromZod(parsed.error);
  const act = parsed.data;
  if (actor.tenantId !== approval.tenantId) throw new NotFound('Approval', approval.id);
  const isApprover = approval.approvers.some((a) => a.personId === actor.id);
  if (act.action === 'cancel' && actor.id !== approval.requesterId) {
    throw new Forbidden('Only the person who asked for the approval can cancel it.');
  }
  if (act.action !== 'cancel' && !isApprover) {
    throw new Forbidden('Only the approvers of this approval can decide on it.');
  }
  if (approval.status !== 'pending') throw new ApprovalNotOpen(act.action, approval.status);
  if (act.action !== 'cancel') {
    const earlier = approval.decisions.find((d) => d.approverId === actor.id);
    if (earlier) {
      throw new ApprovalNotOpen(
        act.action,
        approval.status,
        `You have already decided (${earlier.decision}).`,
      );
    }
    if (!awaitingApprovers(approval).includes(actor.id)) {
      throw new Forbidden('The approvers before you in the sequence have not decided yet.');
    }
  }
  assertTimeZone(timeZone);
  const id = approvalEventIdSchema.safeParse(newEventId);
  if (!id.success) throw ValidationFailed.fromZod(id.error, 'The event id is not valid.');
  if (approval.history.some((e) => e.id === id.data)) {
    throw new Conflict(`Event ${id.data} is already recorded on approval ${approval.id}.`);
  }

  // Instances' clocks can disagree by a few ms; the trail must stay ordered.
  const last = approval.history.at(-1);
  const at = toIsoInstant(last ? Math.max(now, fromIsoInstant(last.at)) : now);
  const comment = act.comment;
  const decisions: ApprovalDecision[] =
    act.action === 'cancel'
      ? [...approval.decisions]
      : [
          ...approval.decisions,
          {
            approverId: actor.id,
            decision: act.action,
            ...(comment === undefined ? {} : { comment }),
            at,
            timeZone,
          },
        ];
  const to = act.action === 'cancel' ? 'cancelled' : outcomeOf({ ...approval, decisions });
  const event: ApprovalEvent = {
    id: id.data,
    type:
      act.action === 'cancel' ? 'cancelled' : act.action === 'approve' ? 'approved' : 'rejected',
    at,
    timeZone,
    actorId: actor.id,
    from: approval.status,
    to,
    ...(comment === undefined ? {} : { comment }),
  };
  return {
    ...approval,
    status: to,
    decisions,
    history: [...approval.history, event],
    updatedAt: at,
  };
}

/** Exactly what this person may do now (for buttons in the tab and on cards). */
export function allowedDecisions(approval: Approval, viewer: Person): ApprovalActionName[] {
  if (viewer.tenantId !== approval.tenantId || approval.status !== 'pending') return [];
  const mine: ApprovalActionName[] = awaitingApprovers(approval).includes(viewer.id)
    ? ['approve', 'reject']
    : [];
  return viewer.id === approval.requesterId ? [...mine, 'cancel'] : mine;
}
