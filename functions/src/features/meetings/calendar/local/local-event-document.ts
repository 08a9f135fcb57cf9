/**
 * An event of the local calendar (no tenant, no Graph): the Graph body as the gateway received
 * it, kept in the `meetings` container beside the meeting documents (docType "calendar-event").
 * The id is derived from the create's transactionId, so a repeated create finds the first one.
 */
import {
  type GraphEvent,
  type GraphEventUpdate,
  deterministicUuid,
  isoInstantSchema,
  tenantIdSchema,
} from '@tandem/shared';
import { z } from 'zod';
import { storedEventSchema } from '../../outbox/outbox-entry';

export const localEventDocumentSchema = z.object({
  id: z.string(),
  tenantId: tenantIdSchema,
  docType: z.literal('calendar-event'),
  eventId: z.string(),
  organiserMailbox: z.string(),
  transactionId: z.string(),
  event: storedEventSchema,
  status: z.enum(['active', 'cancelled']),
  cancelComment: z.string().nullable(),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
});
export type LocalEventDocument = z.output<typeof localEventDocumentSchema>;

export function localEventIdOf(tenantId: string, transactionId: string): string {
  return `local-${deterministicUuid(`local-calendar:${tenantId}/${transactionId}`)}`;
}

export const localEventDocumentId = (eventId: string) => `calendar-event-${eventId}`;

/** Applies a PATCH body the way Graph does: the fields sent replace the stored ones. */
export function withUpdate(event: GraphEvent, update: GraphEventUpdate): GraphEvent {
  return { ...event, ...update };
}
