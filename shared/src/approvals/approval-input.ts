/**
 * What people send: the body of `POST /api/approvals` and the bodies of
 * `POST /api/approvals/{id}/{approve|reject|cancel}`, with the action tag the state machine uses.
 */
import { z } from 'zod';
import { ValidationFailed } from '../kernel/errors';
import { isoInstantSchema } from '../kernel/time';
import { MAX_APPROVERS, approvalDescriptionSchema, approvalTitleSchema } from './approval';
import {
  type ApprovalKind,
  MAX_APPROVAL_SLA_MINUTES,
  approvalKindSchema,
  approvalLinkSchema,
  approvalModeSchema,
  approverSchema,
  moneySchema,
} from './approval-parts';

/** One working day of the usual 9-to-18 calendar with an hour's lunch. */
export const DEFAULT_APPROVAL_SLA_MINUTES = 480;

/** Kinds that are about money: an approval of them without an amount says nothing. */
export const kindsWithAmount: readonly ApprovalKind[] = ['campaign-budget', 'spend-over-budget'];

export const newApprovalInputSchema = z
  .strictObject({
    kind: approvalKindSchema,
    title: approvalTitleSchema,
    description: approvalDescriptionSchema.default(''),
    amount: moneySchema.optional(),
    link: approvalLinkSchema.optional(),
    mode: approvalModeSchema.default('sequential'),
    approvers: z.array(approverSchema).min(1).max(MAX_APPROVERS),
    dueAt: isoInstantSchema,
    slaMinutes: z
      .number()
      .int()
      .min(1)
      .max(MAX_APPROVAL_SLA_MINUTES)
      .default(DEFAULT_APPROVAL_SLA_MINUTES),
  })
  .superRefine((input, ctx) => {
    if (kindsWithAmount.includes(input.kind) && !input.amount) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: `Required for ${input.kind}.` });
    }
    input.approvers.forEach((a, i) => {
      if (input.approvers.findIndex((b) => b.personId === a.personId) < i) {
        ctx.addIssue({
          code: 'custom',
          path: ['approvers', i, 'personId'],
          message: 'Listed twice.',
        });
      }
    });
  });
export type NewApprovalInput = z.infer<typeof newApprovalInputSchema>;

const optionalComment = z
  .string()
  .trim()
  .max(4000)
  .optional()
  .transform((c) => (c === '' ? undefined : c));

export const approvalActionBodySchemas = {
  approve: z.strictObject({ comment: optionalComment }),
  /** The requester needs to know why, so a rejection always says it. */
  reject: z.strictObject({
    comment: z.string().trim().min(1, 'Say why you reject it.').max(4000),
  }),
  cancel: z.strictObject({ comment: optionalComment }),
} as const;

export type ApprovalActionName = keyof typeof approvalActionBodySchemas;
export const approvalActionNames = Object.keys(approvalActionBodySchemas) as ApprovalActionName[];

const b = approvalActionBodySchemas;
export const approvalActionSchema = z.discriminatedUnion('action', [
  b.approve.extend({ action: z.literal('approve') }),
  b.reject.extend({ action: z.literal('reject') }),
  b.cancel.extend({ action: z.literal('cancel') }),
]);
export type ApprovalAction = z.infer<typeof approvalActionSchema>;
export type ApprovalActionInput = z.input<typeof approvalActionSchema>;

/** The `{action}` path segment and the JSON body as one action; the URL names the action. */
export function parseApprovalAction(action: string, body: unknown): ApprovalAction {
  if (!(approvalActionNames as string[]).includes(action)) {
    throw new ValidationFailed(`Unknown action "${action}".`, [
      { path: 'action', message: `Expected one of: ${approvalActionNames.join(', ')}.` },
    ]);
  }
  const fields = body === undefined || body === null ? {} : body;
  if (typeof fields !== 'object' || Array.isArray(fields)) {
    throw new ValidationFailed('The body must be a JSON object.', [
      { path: '', message: 'Expected an object.' },
    ]);
  }
  if ('action' in fields) {
    throw new ValidationFailed('The input is not valid.', [
      { path: 'action', message: 'The action comes from the URL, not the body.' },
    ]);
  }
  const parsed = approvalActionSchema.safeParse({ ...fields, action });
  if (!parsed.success) throw ValidationFailed.fromZod(parsed.error);
  return parsed.data;
}
