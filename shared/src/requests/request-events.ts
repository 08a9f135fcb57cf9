/** The history of a request: one event per change, 'created' first, append-only. */
import { z } from 'zod';
import { departmentIdSchema, personIdSchema, requestEventIdSchema } from '../kernel/ids';
import { requestStatusSchema } from './request-status';
import { isoInstantSchema, timeZoneSchema } from '../kernel/time';

/** Past tense of each action, so the history reads as what happened. */
export const requestEventTypes = [
  'created',
  'acknowledged',
  'answered',
  'commented',
  'asked_requester',
  'resumed',
  'resolved',
  'closed',
  'reopened',
  'declined',
  'cancelled',
  'reassigned',
] as const;
export const requestEventTypeSchema = z.enum(requestEventTypes);
export type RequestEventType = z.infer<typeof requestEventTypeSchema>;

export const requestEventSchema = z.object({
  id: requestEventIdSchema,
  type: requestEventTypeSchema,
  at: isoInstantSchema,
  /** The actor's IANA zone at that moment, so the instant can be shown as they saw it. */
  timeZone: timeZoneSchema,
  actorId: personIdSchema,
  /** Null only on 'created'. */
  from: requestStatusSchema.nullable(),
  to: requestStatusSchema,
  /** The comment, answer text, question to the requester or reason, when the action has one. */
  comment: z.string().max(4000).optional(),
  /** Set on 'reassigned' (and 'created' carries the first responding department). */
  fromDepartmentId: departmentIdSchema.optional(),
  toDepartmentId: departmentIdSchema.optional(),
});
export type RequestEvent = z.infer<typeof requestEventSchema>;
