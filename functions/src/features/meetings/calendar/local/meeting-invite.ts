/**
 * The invitation file the tab offers without a tenant: the series as an iCalendar request (or a
 * cancel, once cancelled) that Outlook opens as a real meeting. SEQUENCE is the series revision,
 * so a newer download replaces the older invitation in the attendee's calendar.
 */
import { type EpochMs, type Person, toMeetingICalendar } from '@tandem/shared';
import type { MeetingDocument } from '../../meeting-document';

export interface MeetingInvite {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: string;
}

export function meetingInvite(
  doc: Pick<MeetingDocument, 'series' | 'agenda'>,
  people: readonly Person[],
  now: EpochMs,
): MeetingInvite {
  const method = doc.series.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
  const safeTitle = doc.series.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return {
    fileName: `${safeTitle || 'meeting'}.ics`,
    contentType: `text/calendar; method=${method}; charset=utf-8`,
    body: toMeetingICalendar(doc.series, doc.agenda, people, now),
  };
}
