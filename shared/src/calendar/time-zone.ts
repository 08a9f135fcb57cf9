/**
 * Wall-clock time ↔ UTC for IANA zones with nothing but `Intl`: the engine knows exactly the
 * transitions the runtime's time-zone data knows, no more (e.g. Europe/Moscow's last change in
 * 2014, America/New_York's yearly DST).
 *
 * Rules for wall times that do not map to exactly one instant:
 * - a non-existent time (inside a spring-forward gap) is shifted forward by the length of the gap:
 *   02:30 on the day New York springs forward is read as 03:30 EDT;
 * - an ambiguous time (inside a fall-back overlap) is the earlier of its two instants: 01:30 on
 *   the day New York falls back is 01:30 EDT, not 01:30 EST.
 */
import type { EpochMs } from '../sla/types';
import { MS_PER_DAY } from './local-date';

const FIFTEEN_HOURS = 15 * 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    // Intl throws a RangeError for a zone it does not know; that is the answer, not a failure.
    return false;
  }
}

/** Offset of the zone at `instant`, in ms: local wall time minus UTC (Moscow: +3 h). */
export function offsetAt(timeZone: string, instant: EpochMs): number {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
    else if (part.type === 'hour') hour = Number(part.value);
    else if (part.type === 'minute') minute = Number(part.value);
    else if (part.type === 'second') second = Number(part.value);
  }
  const wholeSecond = instant - (((instant % 1000) + 1000) % 1000);
  return Date.UTC(year, month - 1, day, hour, minute, second) - wholeSecond;
}

/**
 * The instant of a local wall time, given as `wall` = the wall time's fields read as if UTC
 * (e.g. Date.UTC(2026, 0, 5, 9, 0) for 09:00 on 5 Jan 2026). See the file comment for gaps
 * and overlaps.
 */
export function wallTimeToInstant(timeZone: string, wall: number): EpochMs {
  return resolve(timeZone, wall, MS_PER_DAY);
}

// Offsets range from -12 h to +14 h, so instants `window` (> 14 h) either side of `wall` lie
// before and after the true instant; the offsets there are the candidates.
function resolve(timeZone: string, wall: number, window: number): EpochMs {
  const before = offsetAt(timeZone, wall - window);
  const after = offsetAt(timeZone, wall + window);
  const byBefore = wall - before;
  const validBefore = offsetAt(timeZone, byBefore) === before;
  if (before === after) {
    if (validBefore) return byBefore;
    // Two transitions within the window: look closer before giving up.
    if (window > FIFTEEN_HOURS) return resolve(timeZone, wall, FIFTEEN_HOURS);
    throw new Error(`Cannot place ${new Date(wall).toISOString()} local time in ${timeZone}.`);
  }
  const byAfter = wall - after;
  const validAfter = offsetAt(timeZone, byAfter) === after;
  if (validBefore && validAfter) return Math.min(byBefore, byAfter);
  if (validAfter) return byAfter;
  // Valid with the earlier offset, or in a gap: the earlier offset shifts the time forward.
  return byBefore;
}
