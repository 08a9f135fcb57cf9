/**
 * Free/busy from the local calendar: each active event's weekly pattern is expanded with the
 * shared occurrence rules (local time kept across daylight-saving changes, as Outlook does), and
 * every occurrence makes the organiser and the attendees busy.
 */
import {
  type EpochMs,
  type GraphEvent,
  type IsoWeekday,
  type MeetingSeries,
  occurrencesBetween,
} from '@tandem/shared';
import type { BusyInterval } from '../calendar-gateway';
import { ianaOfGraphZone, instantOfGraphDateTime } from '../graph-time';

const isoWeekdays: Readonly<Record<string, IsoWeekday>> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** The event's timing in the shape of a series, for `occurrencesBetween`. */
export function timingOf(event: GraphEvent): Pick<MeetingSeries, 'recurrence' | 'durationMinutes'> {
  const { pattern, range } = event.recurrence;
  const timeZone = ianaOfGraphZone(event.start.timeZone);
  if (timeZone === undefined) throw new RangeError(`Unknown zone "${event.start.timeZone}".`);
  const start = instantOfGraphDateTime(event.start);
  const end = instantOfGraphDateTime(event.end);
  return {
    durationMinutes: Math.round((end - start) / 60_000),
    recurrence: {
      weekdays: pattern.daysOfWeek.map((d) => isoWeekdays[d] ?? 1),
      interval: pattern.interval,
      localTime: event.start.dateTime.slice(11, 16),
      timeZone,
      startDate: range.startDate,
      ...(range.type === 'endDate' ? { endDate: range.endDate } : {}),
      ...(range.type === 'numbered' ? { count: range.numberOfOccurrences } : {}),
    },
  };
}

/** Busy intervals the events put in [from, to), per lower-cased mailbox. */
export function busyByMailbox(
  events: readonly { readonly organiserMailbox: string; readonly event: GraphEvent }[],
  from: EpochMs,
  to: EpochMs,
): Map<string, BusyInterval[]> {
  const busy = new Map<string, BusyInterval[]>();
  for (const { organiserMailbox, event } of events) {
    const people = [organiserMailbox, ...event.attendees.map((a) => a.emailAddress.address)];
    const timing = timingOf(event);
    // An occurrence that started before `from` may still run into the range.
    const earliest = from - timing.durationMinutes * 60_000;
    for (const occurrence of occurrencesBetween(timing, earliest, to)) {
      if (occurrence.end <= from) continue;
      for (const mailbox of new Set(people.map((p) => p.toLowerCase()))) {
        const list = busy.get(mailbox) ?? [];
        list.push({ start: occurrence.start, end: occurrence.end, status: 'busy' });
        busy.set(mailbox, list);
      }
    }
  }
  return busy;
}
