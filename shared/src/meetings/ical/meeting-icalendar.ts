/**
 * The invitation file of a joint planning meeting series (the local default without a tenant:
 * the tab offers it for download and Outlook opens it as a real meeting request).
 */
import { ValidationFailed } from '../../kernel/errors';
import type { Person } from '../../kernel/directory';
import type { EpochMs } from '../../sla/types';
import type { Agenda } from '../agenda-item';
import { agendaAsHtml, agendaAsText } from '../agenda-render';
import { deterministicUuid } from '../deterministic-uuid';
import { resolveMeetingPeople } from '../meeting-people';
import type { MeetingSeries } from '../meeting-series';
import { firstOccurrence, lastOccurrence } from '../occurrences';
import { toICalendar } from './to-icalendar';

/** UID of the series' invitation: the same for every update and for the cancel. */
export function meetingUid(series: Pick<MeetingSeries, 'tenantId' | 'id'>): string {
  return `${deterministicUuid(`series:${series.tenantId}/${series.id}`)}@tandem`;
}

/**
 * METHOD:REQUEST for an active series, METHOD:CANCEL for a cancelled one; SEQUENCE is the
 * series revision, which the use cases raise on every change of time, people or agenda.
 */
export function toMeetingICalendar(
  series: MeetingSeries,
  agenda: Agenda,
  people: readonly Person[],
  now: EpochMs,
): string {
  const first = firstOccurrence(series);
  if (!first) {
    throw new ValidationFailed('The meeting has no occurrence.', [
      { path: 'recurrence', message: 'No meeting weekday falls between the start and the end.' },
    ]);
  }
  const { organiser, required, optional } = resolveMeetingPeople(series, people);
  const { recurrence } = series;
  const party = (p: Person) => ({ name: p.displayName, email: p.email });
  return toICalendar({
    method: series.status === 'cancelled' ? 'CANCEL' : 'REQUEST',
    uid: meetingUid(series),
    sequence: series.revision,
    stamp: now,
    timeZone: recurrence.timeZone,
    start: first.start,
    end: first.end,
    recurrence: {
      weekdays: recurrence.weekdays,
      interval: recurrence.interval,
      ...(recurrence.endDate === undefined ? {} : { until: lastOccurrence(series)?.start }),
      ...(recurrence.count === undefined ? {} : { count: recurrence.count }),
    },
    summary: series.title,
    description: agendaAsText(series, agenda, people),
    htmlDescription: agendaAsHtml(series, agenda, people),
    organizer: party(organiser),
    attendees: [
      ...required.map((p) => ({ ...party(p), role: 'required' as const })),
      ...optional.map((p) => ({ ...party(p), role: 'optional' as const })),
    ],
  });
}
