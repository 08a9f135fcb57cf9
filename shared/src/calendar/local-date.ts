/**
 * Local calendar dates as day numbers (whole days since 1970-01-01) and wall-clock times as
 * minutes of the day, so that the hot paths of the calendar compare integers instead of strings.
 */
import type { IsoWeekday } from '../sla/types';

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_TIME = /^(\d{2}):(\d{2})$/;

/** Day number of a "YYYY-MM-DD" date, or undefined when it is not a real date of years 1000–9999. */
export function tryParseLocalDate(localDate: string): number | undefined {
  const match = LOCAL_DATE.exec(localDate);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2025-02-30 over into March; a round trip catches it.
  return formatLocalDate(ms / MS_PER_DAY) === localDate ? ms / MS_PER_DAY : undefined;
}

export function parseLocalDate(localDate: string): number {
  const day = tryParseLocalDate(localDate);
  if (day === undefined)
    throw new RangeError(`"${localDate}" is not a date in the form YYYY-MM-DD.`);
  return day;
}

export function formatLocalDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 1970-01-01 (day 0) was a Thursday, ISO weekday 4. */
export function isoWeekdayOf(day: number): IsoWeekday {
  return (((((day + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** Minutes since local midnight of "HH:mm" ("24:00" = 1440 only when `allowEndOfDay`). */
export function tryParseClockTime(hhmm: string, allowEndOfDay: boolean): number | undefined {
  const match = CLOCK_TIME.exec(hhmm);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours === 24 && minutes === 0) return allowEndOfDay ? 1440 : undefined;
  if (hours > 23 || minutes > 59) return undefined;
  return hours * 60 + minutes;
}
