/** One outbox entry sent to the tenant's calendar, with what the document knows of the event. */
import { NotFound } from '@tandem/shared';
import type { CalendarGatewayFor, CreatedCalendarEvent } from '../calendar/calendar-gateway';
import type { MeetingDocument } from '../meeting-document';
import type { OutboxEntry } from './outbox-entry';

export async function sendEntry(
  calendarFor: CalendarGatewayFor,
  doc: MeetingDocument,
  entry: OutboxEntry,
): Promise<CreatedCalendarEvent | undefined> {
  const calendar = calendarFor(doc.tenantId);
  const { organiserMailbox, eventId } = doc.calendar;
  if (entry.kind === 'create') {
    return calendar.createEvent(organiserMailbox, entry.event, entry.transactionId);
  }
  if (eventId === null) {
    // Only after a create that failed for good; the update or cancel cannot succeed either.
    throw new NotFound('Calendar event of meeting', doc.id);
  }
  if (entry.kind === 'update') await calendar.updateEvent(organiserMailbox, eventId, entry.event);
  else await calendar.cancelEvent(organiserMailbox, eventId, entry.comment);
  return undefined;
}
