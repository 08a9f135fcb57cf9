/**
 * What the API answers for a meeting (the MeetingView of notes/meetings-api.md): the series, its
 * next occurrence, the agenda with the current suggestions merged in, the warnings, where the
 * invitation stands on the calendar, the minutes of past occurrences and what the viewer may do.
 */
import {
  type AgendaItem,
  type CalendarSyncState,
  type EpochMs,
  type MeetingView,
  type Person,
  agendaWarnings,
  mergeSuggestions,
  nextOccurrence,
  toIsoInstant,
} from '@tandem/shared';
import type { MeetingDocument } from './meeting-document';
import { canCurateMeeting, canReadMeeting } from './meeting-access';
import { meetingVersion } from './meeting-version';
import type { StoredMinutes } from './minutes-document';

export interface MeetingViewInput {
  readonly doc: MeetingDocument;
  readonly suggestions: readonly AgendaItem[];
  readonly minutes: readonly StoredMinutes[];
  readonly viewer: Person;
  readonly now: EpochMs;
}

export function toMeetingView({
  doc,
  suggestions,
  minutes,
  viewer,
  now,
}: MeetingViewInput): MeetingView {
  const { series } = doc;
  const active = series.status === 'active';
  const curate = active && canCurateMeeting(series, viewer);
  const merged = mergeSuggestions(doc.agenda, suggestions);
  return {
    id: series.id,
    series,
    nextOccurrence: active ? upcoming(doc, now) : null,
    agenda: {
      occurrenceDate: doc.agenda.occurrenceDate,
      items: [...merged.items].sort((a, b) => a.order - b.order),
    },
    warnings: agendaWarnings(doc.agenda, series),
    calendar: {
      state: calendarSyncState(doc),
      eventId: doc.calendar.eventId,
      onlineMeetingUrl: doc.calendar.onlineMeetingUrl,
      lastError: doc.calendar.lastError,
    },
    minutes: minutes
      // Minutes count once the agenda has moved past their occurrence (see minutes-document.ts).
      .filter((m) => m.occurrenceDate < doc.agenda.occurrenceDate)
      .sort((a, b) => (a.occurrenceDate < b.occurrenceDate ? 1 : -1))
      .map((m) => ({
        occurrenceDate: m.occurrenceDate,
        items: m.items,
        createdRequestIds: m.createdRequestIds,
      })),
    allowed: {
      change: curate,
      propose: active && canReadMeeting(series, viewer),
      curate,
      recordMinutes: curate,
    },
    etag: meetingVersion(doc),
  };
}
/** The shape of the shared meeting contract, which the tab parses. */
export type { CalendarSyncState, MeetingView };

/** The occurrence that has not ended yet (an ongoing one counts), in UTC and local terms. */
function upcoming(doc: MeetingDocument, now: EpochMs) {
  const { series } = doc;
  const next = nextOccurrence(series, now - series.durationMinutes * 60_000);
  if (!next) return null;
  return {
    start: toIsoInstant(next.start),
    end: toIsoInstant(next.end),
    timeZone: series.recurrence.timeZone,
    localDate: next.localDate,
  };
}

/** Pending while a write waits; failed when the last one was given up; synced otherwise. */
export function calendarSyncState(doc: Pick<MeetingDocument, 'outbox'>): CalendarSyncState {
  if (doc.outbox.some((e) => e.status === 'pending')) return 'pending';
  const last = doc.outbox.findLast((e) => e.status !== 'superseded');
  if (!last) return 'pending';
  return last.status === 'failed' ? 'failed' : 'synced';
}
