/** The parts an approval is made of: its vocabulary, money, link, decisions and trail events. */
import { z } from 'zod';
import { calendarIdSchema, personIdSchema, requestIdSchema } from '../kernel/ids';
import { isoInstantSchema, timeZoneSchema } from '../kernel/time';
import { campaignIdSchema } from '../meetings';
import { approvalEventIdSchema } from './approval-ids';

export const approvalKinds = [
  'campaign-budget',
  'campaign-launch',
  'spend-over-budget',
  'other',
] as const;
export const approvalKindSchema = z.enum(approvalKinds);
export type ApprovalKind = z.infer<typeof approvalKindSchema>;

/** sequential: one after another; all-of: everyone, in any order; any-of: the first yes wins. */
export const approvalModes = ['sequential', 'all-of', 'any-of'] as const;
export const approvalModeSchema = z.enum(approvalModes);
export type ApprovalMode = z.infer<typeof approvalModeSchema>;

export const approvalStatuses = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export const approvalStatusSchema = z.enum(approvalStatuses);
export type ApprovalStatus = z.infer<typeof approvalStatusSchema>;

export const approvalDecisionValues = ['approve', 'reject'] as const;
export const approvalDecisionValueSchema = z.enum(approvalDecisionValues);
export type ApprovalDecisionValue = z.infer<typeof approvalDecisionValueSchema>;

/** Budgets are whole cents at most: a float with more digits is a typo or a rounding artefact. */
const hasCents = (value: number): boolean => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;

export const moneySchema = z.strictObject({
  value: z.number().positive().max(1e12).refine(hasCents, 'At most two decimal places.'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'An ISO 4217 code such as RUB or EUR.'),
});
export type Money = z.infer<typeof moneySchema>;

/** What the approval is about: a request or a campaign (campaigns are referenced by id only). */
export const approvalLinkSchema = z.union([
  z.strictObject({ requestId: requestIdSchema }),
  z.strictObject({ campaignId: campaignIdSchema }),
]);
export type ApprovalLink = z.infer<typeof approvalLinkSchema>;

export const approverSchema = z.strictObject({ personId: personIdSchema });
export type Approver = z.infer<typeof approverSchema>;

export const approvalCommentSchema = z.string().max(4000);

export const approvalDecisionSchema = z.object({
  approverId: personIdSchema,
  decision: approvalDecisionValueSchema,
  comment: approvalCommentSchema.optional(),
  at: isoInstantSchema,
  /** The approver's IANA zone when they decided, so the instant shows as they saw it. */
  timeZone: timeZoneSchema,
});
export type ApprovalDecision = z.infer<typeof approvalDecisionSchema>;

/** Past tense, like the requests' history; 'approved' / 'rejected' are one approver's decision. */
export const approvalEventTypes = ['created', 'approved', 'rejected', 'cancelled'] as const;
export const approvalEventTypeSchema = z.enum(approvalEventTypes);
export type ApprovalEventType = z.infer<typeof approvalEventTypeSchema>;

export const approvalEventSchema = z.object({
  id: approvalEventIdSchema,
  type: approvalEventTypeSchema,
  at: isoInstantSchema,
  timeZone: timeZoneSchema,
  actorId: personIdSchema,
  /** Null only on 'created'. */
  from: approvalStatusSchema.nullable(),
  to: approvalStatusSchema,
  comment: approvalCommentSchema.optional(),
});
export type ApprovalEvent = z.infer<typeof approvalEventSchema>;

/** Thirty calendar days of minutes: far beyond any sensible business-time target. */
export const MAX_APPROVAL_SLA_MINUTES = 30 * 24 * 60;

/** The approval's own SLA: business minutes in the first approver's department calendar. */
export const approvalSlaSchema = z.object({
  targetMinutes: z.number().int().positive().max(MAX_APPROVAL_SLA_MINUTES),
  calendarId: calendarIdSchema,
});
export type ApprovalSla = z.infer<typeof approvalSlaSchema>;
