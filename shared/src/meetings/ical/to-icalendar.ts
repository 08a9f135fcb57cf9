/**
 * An RFC 5545 / RFC 5546 (iTIP) invitation that Outlook and other calendars open as a meeting
 * request: METHOD:REQUEST to invite or update (same UID, higher SEQUENCE), METHOD:CANCEL to
 * withdraw. Times are local with TZID plus a VTIMEZONE, so the series keeps its local time
 * across daylight-saving changes in every client.
 */
import { ValidationFailed } from '../../kernel/errors';
import {
  contentLine,
  escapeICalText,
  formatLocalDateTime,
  formatUtcDateTime,
  quoteParam,
} from '../../ical/ical-text';
import { type ICalEvent, icalEventSchema } from './ical-event';
import { vTimezoneLines } from '../../ical/vtimezone';

const BYDAY = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** Without an end, the VTIMEZONE lists this many years explicitly when it cannot use rules. */
const OPEN_ENDED_YEARS = 10;
const MS_PER_YEAR = 365.25 * 86_400_000;

export function toICalendar(input: ICalEvent): string {
  const parsed = icalEventSchema.safeParse(input);
  if (!parsed.success) throw ValidationFailed.fromZod(parsed.error, 'The invitation is not valid.');
  const event = parsed.data;
  const { timeZone, recurrence } = event;
  const cancel = event.method === 'CANCEL';
  const local = (instant: number) => formatLocalDateTime(timeZone, instant);

  const startYear = new Date(event.start).getUTCFullYear();
  const endYear = Math.min(new Date(lastCovered(event)).getUTCFullYear(), startYear + 30);

  const rrule =
    recurrence &&
    [
      'FREQ=WEEKLY',
      `INTERVAL=${recurrence.interval}`,
      `BYDAY=${[...recurrence.weekdays]
        .sort((a, b) => a - b)
        .map((d) => BYDAY[d])
        .join(',')}`,
      'WKST=MO',
      ...(recurrence.until !== undefined ? [`UNTIL=${formatUtcDateTime(recurrence.until)}`] : []),
      ...(recurrence.count !== undefined ? [`COUNT=${recurrence.count}`] : []),
    ].join(';');

  const attendees = event.attendees.map((a) =>
    contentLine('ATTENDEE', `mailto:${a.email}`, {
      CN: quoteParam(a.name),
      CUTYPE: 'INDIVIDUAL',
      ROLE: a.role === 'required' ? 'REQ-PARTICIPANT' : 'OPT-PARTICIPANT',
      PARTSTAT: 'NEEDS-ACTION',
      ...(cancel ? {} : { RSVP: 'TRUE' }),
    }),
  );

  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Tandem//Joint planning meetings//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method}`,
    ...vTimezoneLines(timeZone, startYear, endYear),
    'BEGIN:VEVENT',
    contentLine('UID', event.uid),
    contentLine('SEQUENCE', String(event.sequence)),
    contentLine('DTSTAMP', formatUtcDateTime(event.stamp)),
    contentLine('DTSTART', local(event.start), { TZID: timeZone }),
    contentLine('DTEND', local(event.end), { TZID: timeZone }),
    ...(rrule ? [contentLine('RRULE', rrule)] : []),
    contentLine('SUMMARY', escapeICalText(event.summary)),
    contentLine('DESCRIPTION', escapeICalText(event.description)),
    ...(event.htmlDescription === undefined
      ? []
      : [
          contentLine('X-ALT-DESC', escapeICalText(event.htmlDescription), {
            FMTTYPE: 'text/html',
          }),
        ]),
    contentLine('ORGANIZER', `mailto:${event.organizer.email}`, {
      CN: quoteParam(event.organizer.name),
    }),
    ...attendees,
    contentLine('STATUS', cancel ? 'CANCELLED' : 'CONFIRMED'),
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** An instant at or after the last occurrence, for the years the VTIMEZONE must cover. */
function lastCovered(event: ReturnType<typeof icalEventSchema.parse>): number {
  const { recurrence } = event;
  if (!recurrence) return event.end;
  if (recurrence.until !== undefined) return recurrence.until;
  if (recurrence.count === undefined) return event.start + OPEN_ENDED_YEARS * MS_PER_YEAR;
  const weeks = Math.ceil(recurrence.count / recurrence.weekdays.length) * recurrence.interval;
  return event.start + (weeks + 1) * 7 * 86_400_000;
}
