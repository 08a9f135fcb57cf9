/**
 * The Microsoft Graph v1.0 `event` body of a series (POST /users/{organiser}/events), built
 * from domain state only; the Graph adapter sends it as is. Times are local `dateTime` plus
 * `timeZone`, and the weekly pattern carries its own zone, so Outlook keeps 10:00 local across
 * daylight-saving changes.
 */
import { ValidationFailed } from '../kernel/errors';
import type { Person } from '../kernel/directory';
import { localIsoOf } from '../ical/ical-text';
import type { IsoWeekday } from '../sla/types';
import type { Agenda } from './agenda-item';
import { agendaAsHtml } from './agenda-render';
import { deterministicUuid } from './deterministic-uuid';
import { resolveMeetingPeople } from './meeting-people';
import type { MeetingSeries } from './meeting-series';
import { firstOccurrence } from './occurrences';
import { graphTimeZoneOf } from './windows-time-zones';

const graphWeekdays = {
  1: 'monday',
  2: 'tuesday',
  3: 'wednesday',
  4: 'thursday',
  5: 'friday',
  6: 'saturday',
  7: 'sunday',
} as const satisfies Record<IsoWeekday, string>;
type GraphWeekday = (typeof graphWeekdays)[IsoWeekday];

export interface GraphDateTimeTimeZone {
  readonly dateTime: string;
  readonly timeZone: string;
}

export interface GraphEventUpdate {
  readonly subject: string;
  readonly body: { readonly contentType: 'html'; readonly content: string };
  readonly start: GraphDateTimeTimeZone;
  readonly end: GraphDateTimeTimeZone;
  readonly recurrence: {
    readonly pattern: {
      readonly type: 'weekly';
      readonly interval: number;
      readonly daysOfWeek: readonly GraphWeekday[];
      readonly firstDayOfWeek: 'monday';
    };
    readonly range:
      | { readonly type: 'noEnd'; readonly startDate: string; readonly recurrenceTimeZone: string }
      | {
          readonly type: 'endDate';
          readonly startDate: string;
          readonly endDate: string;
          readonly recurrenceTimeZone: string;
        }
      | {
          readonly type: 'numbered';
          readonly startDate: string;
          readonly numberOfOccurrences: number;
          readonly recurrenceTimeZone: string;
        };
  };
  readonly attendees: readonly {
    readonly emailAddress: { readonly address: string; readonly name: string };
    readonly type: 'required' | 'optional';
  }[];
}

export interface GraphEvent extends GraphEventUpdate {
  readonly isOnlineMeeting: true;
  readonly onlineMeetingProvider: 'teamsForBusiness';
  readonly transactionId: string;
}

/** The body of the create request (POST), with the Teams meeting and the transaction id. */
export function toGraphEvent(
  series: MeetingSeries,
  agenda: Agenda,
  attendees: readonly Person[],
): GraphEvent {
  return {
    ...toGraphEventUpdate(series, agenda, attendees),
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    transactionId: graphTransactionId(series),
  };
}

/**
 * The body of an update (PATCH). Graph refuses a changed `transactionId` and ignores changes
 * to the online meeting once it exists, so an update leaves them out.
 */
export function toGraphEventUpdate(
  series: MeetingSeries,
  agenda: Agenda,
  attendees: readonly Person[],
): GraphEventUpdate {
  const first = firstOccurrence(series);
  if (!first) {
    throw new ValidationFailed('The meeting has no occurrence.', [
      { path: 'recurrence', message: 'No meeting weekday falls between the start and the end.' },
    ]);
  }
  const { recurrence } = series;
  const timeZone = graphTimeZoneOf(recurrence.timeZone, 'recurrence.timeZone');
  const { required, optional } = resolveMeetingPeople(series, attendees);
  // The range starts on the first occurrence: Graph wants startDate equal to the start's date.
  const startDate = first.localDate;
  const common = { startDate, recurrenceTimeZone: timeZone };
  const range =
    recurrence.count !== undefined
      ? { type: 'numbered' as const, ...common, numberOfOccurrences: recurrence.count }
      : recurrence.endDate !== undefined
        ? { type: 'endDate' as const, ...common, endDate: recurrence.endDate }
        : { type: 'noEnd' as const, ...common };
  const attendee = (type: 'required' | 'optional') => (p: Person) => ({
    emailAddress: { address: p.email, name: p.displayName },
    type,
  });
  return {
    subject: series.title,
    body: { contentType: 'html', content: agendaAsHtml(series, agenda, attendees) },
    start: { dateTime: localIsoOf(recurrence.timeZone, first.start), timeZone },
    end: { dateTime: localIsoOf(recurrence.timeZone, first.end), timeZone },
    recurrence: {
      pattern: {
        type: 'weekly',
        interval: recurrence.interval,
        daysOfWeek: recurrence.weekdays.map((d) => graphWeekdays[d]),
        firstDayOfWeek: 'monday',
      },
      range,
    },
    attendees: [...required.map(attendee('required')), ...optional.map(attendee('optional'))],
  };
}

/**
 * Graph drops a create whose `transactionId` it has seen, which makes a retried POST safe
 * (a timeout after Graph created the event, a 503, a process restarted mid-call). The id is
 * derived, not random, so every retry of the same create sends the same value even after a
 * restart, with nothing to store. The revision is part of it so that a deliberate new create
 * of the series (after the event was deleted or the series cancelled and scheduled again) is
 * not mistaken for a retry of the old one. Pass the revision the create was enqueued with.
 */
export function graphTransactionId(
  series: Pick<MeetingSeries, 'tenantId' | 'id' | 'revision'>,
): string {
  return deterministicUuid(`graph-create:${series.tenantId}/${series.id}#${series.revision}`);
}
