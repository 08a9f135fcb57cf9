/**
 * The meeting as stored in the `meetings` container (partition key tenantId): the series, the
 * agenda its invitation carries, where the invitation lives on the calendar, and the outbox of
 * calendar writes. Keeping the outbox in the same document is what makes "change the meeting"
 * and "queue the calendar write" one write with If-Match: both happen or neither does.
 */
import {
  type Agenda,
  type MeetingSeries,
  agendaSchema,
  meetingSeriesIdSchema,
  meetingSeriesSchema,
  tenantIdSchema,
} from '@tandem/shared';
import { z } from 'zod';
import { outboxEntrySchema } from './outbox/outbox-entry';

export const calendarStateSchema = z.object({
  /** The organiser's mailbox (UPN or SMTP address) that owns the event. */
  organiserMailbox: z.string().min(3),
  eventId: z.string().nullable(),
  onlineMeetingUrl: z.string().nullable(),
  /** Revision of the last write that reached the calendar; null before the first. */
  syncedRevision: z.number().int().nullable(),
  /** Why the last write failed for good, for the tab to show; cleared by the next success. */
  lastError: z.string().nullable(),
});

export const meetingDocumentSchema = z.object({
  id: meetingSeriesIdSchema,
  tenantId: tenantIdSchema,
  docType: z.literal('meeting'),
  series: meetingSeriesSchema,
  agenda: agendaSchema,
  calendar: calendarStateSchema,
  outbox: z.array(outboxEntrySchema),
});
export type MeetingDocument = z.output<typeof meetingDocumentSchema>;

export function newMeetingDocument(
  series: MeetingSeries,
  agenda: Agenda,
  organiserMailbox: string,
): MeetingDocument {
  return {
    id: series.id,
    tenantId: series.tenantId,
    docType: 'meeting',
    series,
    agenda,
    calendar: {
      organiserMailbox,
      eventId: null,
      onlineMeetingUrl: null,
      syncedRevision: null,
      lastError: null,
    },
    outbox: [],
  };
}
