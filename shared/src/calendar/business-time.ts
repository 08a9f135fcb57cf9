/**
 * Business-time arithmetic on a compiled calendar, at 1 ms resolution.
 *
 * `addBusinessMs(cal, from, ms)` is the FIRST instant at which `ms` of working time have elapsed
 * since `from`. So a target used up at 18:00 on Friday is due at 18:00 on Friday, not at 09:00
 * on Monday, and `add(add(t, a), b) === add(t, a + b)` holds.
 */
import type { EpochMs } from '../sla/types';
import type { CompiledCalendar } from './compiled-calendar';
import { MS_PER_MINUTE } from './local-date';

// A calendar that validates always has a working weekday; only years of day-off overrides
// could starve it, and then failing loudly beats looping forever.
const MAX_IDLE_DAYS = 3660;

export function addBusinessMinutes(cal: CompiledCalendar, from: EpochMs, minutes: number): EpochMs {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`Business minutes must be a finite number ≥ 0, got ${minutes}.`);
  }
  return addBusinessMs(cal, from, Math.round(minutes * MS_PER_MINUTE));
}

/** Like `addBusinessMinutes`, with a whole number of milliseconds. */
export function addBusinessMs(cal: CompiledCalendar, from: EpochMs, ms: number): EpochMs {
  assertInstant(from);
  if (ms === 0) return from;
  if (!Number.isSafeInteger(ms) || ms < 0) {
    throw new RangeError(`Business milliseconds must be a whole number ≥ 0, got ${ms}.`);
  }
  let remaining = ms;
  let cursor = from;
  let day = cal.dayNumberOf(from);
  for (let idle = 0; idle < MAX_IDLE_DAYS; day += 1) {
    const { bounds, end } = cal.dayRecord(day);
    for (let i = 0; i < bounds.length; i += 2) {
      const intervalEnd = bounds[i + 1] ?? 0;
      if (intervalEnd <= cursor) continue;
      const start = Math.max(bounds[i] ?? 0, cursor);
      const available = intervalEnd - start;
      if (remaining <= available) return start + remaining;
      remaining -= available;
      idle = 0;
    }
    idle += bounds.length === 0 ? 1 : 0;
    cursor = end;
  }
  throw new Error(`Calendar "${cal.id}" has no working time for ${MAX_IDLE_DAYS} days.`);
}

/** Working milliseconds in [a, b); 0 when b ≤ a. */
export function businessMsBetween(cal: CompiledCalendar, a: EpochMs, b: EpochMs): number {
  assertInstant(a);
  assertInstant(b);
  if (b <= a) return 0;
  let total = 0;
  for (let day = cal.dayNumberOf(a); ; day += 1) {
    const { bounds, start, end, workingMs } = cal.dayRecord(day);
    if (start >= b) return total;
    if (start >= a && end <= b) {
      total += workingMs;
    } else {
      for (let i = 0; i < bounds.length; i += 2) {
        const from = Math.max(bounds[i] ?? 0, a);
        const to = Math.min(bounds[i + 1] ?? 0, b);
        if (to > from) total += to - from;
      }
    }
    if (end >= b) return total;
  }
}

export function businessMinutesBetween(cal: CompiledCalendar, a: EpochMs, b: EpochMs): number {
  return businessMsBetween(cal, a, b) / MS_PER_MINUTE;
}

function assertInstant(instant: EpochMs): void {
  if (!Number.isFinite(instant)) throw new RangeError(`Not an instant: ${instant}.`);
}
