/**
 * Instants ↔ the meeting's local wall time. A series is stored as a weekday and a local time in
 * its own zone, while free slots come back as UTC instants; picking a slot means reading it on
 * the meeting zone's clock, whatever zone the browser is in.
 */
import { wallTimeToInstant } from '@tandem/shared/meetings';

export interface LocalParts {
  /** "YYYY-MM-DD" */
  readonly date: string;
  /** ISO weekday, 1 = Monday. */
  readonly weekday: number;
  /** "HH:mm" */
  readonly time: string;
}

const readers = new Map<string, Intl.DateTimeFormat>();

function reader(timeZone: string): Intl.DateTimeFormat {
  let f = readers.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    });
    readers.set(timeZone, f);
  }
  return f;
}

const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function localParts(instant: string | number, timeZone: string): LocalParts {
  const at = typeof instant === 'string' ? Date.parse(instant) : instant;
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    reader(timeZone)
      .formatToParts(at)
      .find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    weekday: weekdays.indexOf(part('weekday')) + 1,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/** What the schedule form takes from a picked slot: that weekday, that time, from that day. */
export function slotToRecurrence(slotStart: string, timeZone: string) {
  const { date, weekday, time } = localParts(slotStart, timeZone);
  return { weekdays: [weekday], localTime: time, startDate: date };
}

/** From local midnight of `startDate` in the zone, `days` days on, as UTC instants. */
export function searchWindow(startDate: string, timeZone: string, days: number) {
  const [y, m, d] = startDate.split('-').map(Number);
  const from = wallTimeToInstant(timeZone, Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  const to = wallTimeToInstant(timeZone, Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** The zones offered in the schedule form: the runtime's list, with the given ones first. */
export function timeZoneChoices(first: readonly string[]): string[] {
  const all =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...first, ...all])];
}
