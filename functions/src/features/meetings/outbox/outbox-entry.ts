/**
 * One calendar write waiting in (or done by) a meeting's outbox. The entry carries everything
 * the send needs (the Graph body as built when the change was made, the create's transactionId),
 * so the processor needs neither the directory nor the domain to send it, and a re-send after a
 * crash sends exactly what was sent before.
 */
import type { GraphEvent, GraphEventUpdate } from '@tandem/shared';
import { isoInstantSchema } from '@tandem/shared';
import { z } from 'zod';

const dateTimeTimeZone = z.object({ dateTime: z.string(), timeZone: z.string() });

/** The Graph body as stored: its main fields are checked, the rest is the shared type. */
const eventUpdateFields = {
  subject: z.string(),
  body: z.object({ contentType: z.literal('html'), content: z.string() }),
  start: dateTimeTimeZone,
  end: dateTimeTimeZone,
  recurrence: z.looseObject({ pattern: z.looseObject({}), range: z.looseObject({}) }),
  attendees: z.array(z.looseObject({ emailAddress: z.looseObject({ address: z.string() }) })),
};
export const storedEventUpdateSchema = z
  .looseObject(eventUpdateFields)
  .transform((e) => e as unknown as GraphEventUpdate);
export const storedEventSchema = z
  .looseObject({
    ...eventUpdateFields,
    isOnlineMeeting: z.literal(true),
    onlineMeetingProvider: z.literal('teamsForBusiness'),
    transactionId: z.string().min(1),
  })
  .transform((e) => e as unknown as GraphEvent);

export const outboxStatusSchema = z.enum(['pending', 'done', 'superseded', 'failed']);
export type OutboxStatus = z.infer<typeof outboxStatusSchema>;

const common = {
  /** Unique in the document: kind and revision, e.g. "update-7". */
  id: z.string().min(1),
  /** The series revision the write was queued with. */
  revision: z.number().int().min(0),
  status: outboxStatusSchema,
  enqueuedAt: isoInstantSchema,
  /** Sends started so far (a claim counts as one even if the process then died). */
  attempts: z.number().int().min(0),
  /** Not to be sent before this instant (backoff, Retry-After). */
  notBefore: isoInstantSchema.nullable(),
  /** A processor is sending it until this instant; after that another one may take over. */
  claimedUntil: isoInstantSchema.nullable(),
  lastError: z.string().nullable(),
  settledAt: isoInstantSchema.nullable(),
};

export const outboxEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    ...common,
    kind: z.literal('create'),
    event: storedEventSchema,
    transactionId: z.string(),
  }),
  z.object({ ...common, kind: z.literal('update'), event: storedEventUpdateSchema }),
  z.object({ ...common, kind: z.literal('cancel'), comment: z.string() }),
]);
export type OutboxEntry = z.output<typeof outboxEntrySchema>;
export type OutboxEntryKind = OutboxEntry['kind'];
