/**
 * What the tab sends to and expects from /api/approvals. The shared approval schemas are not
 * part of the browser entry (`shared/src/browser.ts`), so the shapes are stated here;
 * approvals-schemas.test parses what the functions' own mapper answers and runs the form schema
 * beside the server's, so the two cannot drift apart unnoticed.
 */
import { z } from 'zod';

export const approvalKinds = [
  'campaign-budget',
  'campaign-launch',
  'spend-over-budget',
  'other',
] as const;
export const approvalModes = ['sequential', 'all-of', 'any-of'] as const;
export const approvalStatuses = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export const approvalDecisionNames = ['approve', 'reject', 'cancel'] as const;
export const approvalBoxes = ['to-decide', 'mine'] as const;
export const MAX_APPROVERS = 10;

export type ApprovalKind = (typeof approvalKinds)[number];
export type ApprovalMode = (typeof approvalModes)[number];
export type ApprovalStatus = (typeof approvalStatuses)[number];
export type ApprovalDecisionName = (typeof approvalDecisionNames)[number];
export type ApprovalBox = (typeof approvalBoxes)[number];

/** Kinds about money: the server refuses them without an amount. */
export const kindsWithAmount: readonly ApprovalKind[] = ['campaign-budget', 'spend-over-budget'];

const instant = z.iso.datetime({ offset: false });
const status = z.enum(approvalStatuses);

const moneySchema = z.object({ value: z.number(), currency: z.string() });

export const approvalEventSchema = z.object({
  id: z.string(),
  type: z.enum(['created', 'approved', 'rejected', 'cancelled']),
  at: instant,
  timeZone: z.string(),
  actorId: z.string(),
  from: status.nullable(),
  to: status,
  comment: z.string().optional(),
});
export type ApprovalEventDto = z.infer<typeof approvalEventSchema>;

export const approvalDtoSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(approvalKinds),
  title: z.string(),
  description: z.string(),
  amount: moneySchema.optional(),
  link: z
    .union([z.object({ requestId: z.string() }), z.object({ campaignId: z.string() })])
    .optional(),
  requesterId: z.string(),
  mode: z.enum(approvalModes),
  approvers: z.array(z.object({ personId: z.string() })).min(1),
  dueAt: instant,
  status,
  decisions: z.array(
    z.object({
      approverId: z.string(),
      decision: z.enum(['approve', 'reject']),
      comment: z.string().optional(),
      at: instant,
      timeZone: z.string(),
    }),
  ),
  history: z.array(approvalEventSchema).min(1),
  createdAt: instant,
  timeZone: z.string(),
  updatedAt: instant,
  etag: z.string().min(1),
  sla: z.object({
    state: z.enum(['on_track', 'warning', 'breached', 'met', 'paused']),
    dueAt: instant,
    targetMinutes: z.number(),
    elapsedMinutes: z.number(),
    remainingMinutes: z.number(),
    percentUsed: z.number(),
    calendarId: z.string(),
  }),
  overdue: z.boolean(),
  awaiting: z.array(z.string()),
  allowedDecisions: z.array(z.enum(approvalDecisionNames)),
});
export type ApprovalDto = z.infer<typeof approvalDtoSchema>;

export const approvalPageSchema = z.object({
  items: z.array(approvalDtoSchema),
  continuation: z.string().nullable(),
});
export type ApprovalPage = z.infer<typeof approvalPageSchema>;

/** Budgets are whole cents at most, as the server's money schema says. */
const hasCents = (value: number): boolean => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;

/** The body of `POST /api/approvals`, checked in the form before anything is sent. */
export const newApprovalBodySchema = z
  .strictObject({
    kind: z.enum(approvalKinds),
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(4000),
    amount: z
      .strictObject({
        value: z.number().positive().max(1e12).refine(hasCents),
        currency: z.string().regex(/^[A-Z]{3}$/),
      })
      .optional(),
    mode: z.enum(approvalModes),
    approvers: z
      .array(z.strictObject({ personId: z.string().min(1) }))
      .min(1)
      .max(MAX_APPROVERS),
    dueAt: instant,
  })
  .superRefine((body, ctx) => {
    if (kindsWithAmount.includes(body.kind) && !body.amount) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'Required.' });
    }
    const ids = body.approvers.map((a) => a.personId);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: 'custom', path: ['approvers'], message: 'Listed twice.' });
    }
  });
export type NewApprovalBody = z.input<typeof newApprovalBodySchema>;

/** A rejection must say why; approving and cancelling may come with a comment. */
export const decisionCommentRequired: Readonly<Record<ApprovalDecisionName, boolean>> = {
  approve: false,
  reject: true,
  cancel: false,
};
