/**
 * The wire contract of /api/approvals: every body the tab sends and every body the API answers,
 * as the zod schemas the tab, the API handlers and the OpenAPI document share. The bodies the
 * domain checks itself (a new approval, the decisions) are re-exported from where they live, so
 * this file is the one list of the feature's wire shapes. Browser-safe: no SLA engine here.
 */
import { z } from 'zod';
import { calendarIdSchema, personIdSchema } from '../kernel/ids';
import { isoInstantSchema } from '../kernel/time';
import { slaStateSchema } from '../requests';
import { approvalSchema } from './approval';
import type { newApprovalInputSchema } from './approval-input';
import {
  type ApprovalActionName,
  approvalActionBodySchemas,
  approvalActionNames,
} from './approval-input';

export { MAX_APPROVERS } from './approval';
export {
  type ApprovalActionName,
  type NewApprovalInput,
  approvalActionBodySchemas,
  approvalActionNames,
  kindsWithAmount,
  newApprovalInputSchema,
} from './approval-input';
export {
  type ApprovalBox,
  type ApprovalListQuery,
  approvalBoxes,
  approvalListQuerySchema,
} from './approval-list-query';

/** What `POST /api/approvals` takes, as the tab writes it (defaults may be left out). */
export type NewApprovalBody = z.input<typeof newApprovalInputSchema>;

export const approvalActionNameSchema = z.enum(
  approvalActionNames as [ApprovalActionName, ...ApprovalActionName[]],
);

/** Which decisions must say why: read off the bodies' schemas, so the form cannot disagree. */
export const approvalCommentRequired = Object.fromEntries(
  approvalActionNames.map((name) => [name, !approvalActionBodySchemas[name].safeParse({}).success]),
) as Readonly<Record<ApprovalActionName, boolean>>;

/** The approval's SLA as of the answer: business minutes in the first approver's calendar. */
export const approvalSlaDtoSchema = z.object({
  state: slaStateSchema,
  dueAt: isoInstantSchema,
  targetMinutes: z.number(),
  elapsedMinutes: z.number(),
  remainingMinutes: z.number(),
  percentUsed: z.number(),
  calendarId: calendarIdSchema,
});
export type ApprovalSlaDto = z.infer<typeof approvalSlaDtoSchema>;

/** An approval as the API answers it: the aggregate, its SLA now and the caller's options. */
export const approvalDtoSchema = approvalSchema.safeExtend({
  /** The version to send back in If-Match (also the response's ETag header). */
  etag: z.string().min(1),
  sla: approvalSlaDtoSchema,
  /** Still pending after the instant the requester needed the answer by. */
  overdue: z.boolean(),
  /** Whose decision it waits for now. */
  awaiting: z.array(personIdSchema),
  allowedDecisions: z.array(approvalActionNameSchema),
});
export type ApprovalDto = z.infer<typeof approvalDtoSchema>;
export type ApprovalEventDto = ApprovalDto['history'][number];

export const approvalPageSchema = z.object({
  items: z.array(approvalDtoSchema),
  /** Pass back as `continuation` for the next page; null on the last one. */
  continuation: z.string().nullable(),
});
export type ApprovalPage = z.infer<typeof approvalPageSchema>;
