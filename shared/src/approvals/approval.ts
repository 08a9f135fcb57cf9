/**
 * The approval aggregate: one document holding what is asked, who decides and how, the decisions
 * and the whole trail. A stored document is checked for consistency on every read: a trail that
 * does not explain the status, or decisions that disagree with the trail, mean corruption.
 */
import { z } from 'zod';
import { type PersonId, personIdSchema, tenantIdSchema } from '../kernel/ids';
import { isoInstantSchema, timeZoneSchema } from '../kernel/time';
import { approvalIdSchema } from './approval-ids';
import { awaitingApprovers, outcomeOf } from './approval-outcome';
import {
  type ApprovalDecisionValue,
  approvalDecisionSchema,
  approvalEventSchema,
  approvalKindSchema,
  approvalLinkSchema,
  approvalModeSchema,
  approvalSlaSchema,
  approvalStatusSchema,
  approverSchema,
  moneySchema,
} from './approval-parts';

export const MAX_APPROVERS = 10;
export const approvalTitleSchema = z.string().trim().min(1).max(200);
export const approvalDescriptionSchema = z.string().trim().max(4000);

export const approvalSchema = z
  .object({
    id: approvalIdSchema,
    tenantId: tenantIdSchema,
    kind: approvalKindSchema,
    title: approvalTitleSchema,
    description: approvalDescriptionSchema,
    amount: moneySchema.optional(),
    link: approvalLinkSchema.optional(),
    requesterId: personIdSchema,
    mode: approvalModeSchema,
    /** In order; the order matters only in sequence. */
    approvers: z.array(approverSchema).min(1).max(MAX_APPROVERS),
    /** The instant the requester needs the answer by. */
    dueAt: isoInstantSchema,
    sla: approvalSlaSchema,
    status: approvalStatusSchema,
    decisions: z.array(approvalDecisionSchema),
    history: z.array(approvalEventSchema).min(1),
    createdAt: isoInstantSchema,
    /** The requester's IANA zone when the approval was asked for. */
    timeZone: timeZoneSchema,
    updatedAt: isoInstantSchema,
  })
  .superRefine((a, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const approverIds = a.approvers.map((x) => x.personId);
    if (new Set(approverIds).size !== approverIds.length) issue(['approvers'], 'Duplicates.');
    if (approverIds.includes(a.requesterId)) issue(['approvers'], 'Includes the requester.');

    const { history } = a;
    if (history[0]?.type !== 'created' || history[0].from !== null || history[0].to !== 'pending') {
      issue(['history', 0], "Must be 'created', to pending.");
    }
    // Replaying the trail must lead through exactly the statuses it records.
    const replayed: { approverId: PersonId; decision: ApprovalDecisionValue }[] = [];
    history.forEach((event, i) => {
      const prev = history[i - 1];
      if (!prev) return;
      if (
        event.from !== prev.to ||
        event.from !== 'pending' ||
        Date.parse(event.at) < Date.parse(prev.at)
      ) {
        issue(['history', i], 'Out of sequence.');
      }
      if (event.type === 'created') issue(['history', i], "'created' comes only first.");
      if (
        event.type === 'cancelled' &&
        (event.to !== 'cancelled' || event.actorId !== a.requesterId)
      ) {
        issue(['history', i], 'Only the requester cancels, to cancelled.');
      }
      if (event.type === 'approved' || event.type === 'rejected') {
        const facts = { mode: a.mode, approvers: a.approvers, decisions: replayed };
        if (!awaitingApprovers({ ...facts, status: 'pending' }).includes(event.actorId)) {
          issue(['history', i], 'Decided out of turn, twice, or by someone not asked.');
        }
        replayed.push({
          approverId: event.actorId,
          decision: event.type === 'approved' ? 'approve' : 'reject',
        });
        if (event.to !== outcomeOf({ ...facts, decisions: replayed })) {
          issue(['history', i], 'Does not follow from the decisions.');
        }
      }
    });
    if (history.at(-1)?.to !== a.status) issue(['status'], 'Differs from the history.');

    const fromTrail = history
      .filter((e) => e.type === 'approved' || e.type === 'rejected')
      .map((e) => ({
        approverId: e.actorId,
        decision: e.type === 'approved' ? 'approve' : 'reject',
        at: e.at,
        timeZone: e.timeZone,
        comment: e.comment,
      }));
    const same = (x: object, y: object) => JSON.stringify(sorted(x)) === JSON.stringify(sorted(y));
    if (
      fromTrail.length !== a.decisions.length ||
      !fromTrail.every((d, i) => same(d, a.decisions[i] ?? {}))
    ) {
      issue(['decisions'], 'Differ from the history.');
    }
  });
export type Approval = z.infer<typeof approvalSchema>;

/** Keys in order and undefined fields dropped, so that two equal records serialise alike. */
function sorted(value: object): [string, unknown][] {
  return Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([x], [y]) => x.localeCompare(y));
}
