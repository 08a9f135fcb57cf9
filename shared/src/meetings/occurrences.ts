/**
 * Occurrences of a weekly series as UTC instants. Each occurrence is placed from its LOCAL date
 * and time in the series' zone, so 10:00 stays 10:00 local across daylight-saving changes (the
 * UTC instant moves instead). A start inside a spring-forward gap is shifted forward by the gap,
 * as RFC 5545 prescribes and `wallTimeToInstant` does.
 */
import {
  MS_PER_DAY,
  MS_PER_MINUTE,
  formatLocalDate,
  isoWeekdayOf,
  parseLocalDate,
  tryParseClockTime,
} from '../calendar/local-date';
import { offsetAt, wallTimeToInstant } from '../calendar/time-zone';
import type { EpochMs } from '../sla/types';
import type { MeetingSeries } from './meeting-series';

export interface Occurrence {
  /** Local date of the occurrence in the series' zone, "YYYY-MM-DD". */
  readonly localDate: string;
  readonly start: EpochMs;
  readonly end: EpochMs;
}

type SeriesTiming = Pick<MeetingSeries, 'recurrence' | 'durationMinutes'>;

/** Occurrences starting in [from, to), in order. */
export function occurrencesBetween(series: SeriesTiming, from: EpochMs, to: EpochMs): Occurrence[] {
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    throw new RangeError('occurrencesBetween needs a finite range.');
  }
  const found: Occurrence[] = [];
  // The day before `from`'s local date: a 10:00 start there can still fall after `from` in UTC.
  for (const occurrence of walk(series, localDayOf(series, from) - 1)) {
    if (occurrence.start >= to) break;
    if (occurrence.start >= from) found.push(occurrence);
  }
  return found;
}

/** The first occurrence (the DTSTART of an invitation), or undefined for an empty series. */
export function firstOccurrence(series: SeriesTiming): Occurrence | undefined {
  return walk(series, -Infinity).next().value;
}

/** The first occurrence starting strictly after `instant`. */
export function nextOccurrence(series: SeriesTiming, instant: EpochMs): Occurrence | undefined {
  for (const occurrence of walk(series, localDayOf(series, instant) - 1)) {
    if (occurrence.start > instant) return occurrence;
  }
  return undefined;
}

/** The last occurrence of a bounded series; undefined when the series never ends. */
export function lastOccurrence(series: SeriesTiming): Occurrence | undefined {
  const { endDate, count } = series.recurrence;
  if (endDate === undefined && count === undefined) return undefined;
  let last: Occurrence | undefined;
  for (const occurrence of walk(series, -Infinity)) last = occurrence;
  return last;
}

/**
 * Yields occurrences from `fromDay` on; a counted series is always walked from its start, since
 * every occurrence before `fromDay` uses up the count.
 */
function* walk(series: SeriesTiming, fromDay: number): Generator<Occurrence, undefined> {
  const { weekdays, interval, localTime, timeZone, startDate, endDate, count } = series.recurrence;
  const startDay = parseLocalDate(startDate);
  const endDay = endDate === undefined ? Infinity : parseLocalDate(endDate);
  const minutes = tryParseClockTime(localTime, false) ?? 0;
  const firstWeek = mondayOf(startDay);
  const days = new Set<number>(weekdays);
  let seen = 0;
  let day = count === undefined ? Math.max(startDay, fromDay) : startDay;
  for (; day <= endDay && (count === undefined || seen < count); day++) {
    const weeks = (mondayOf(day) - firstWeek) / 7;
    if (!days.has(isoWeekdayOf(day)) || weeks % interval !== 0) continue;
    const start = wallTimeToInstant(timeZone, day * MS_PER_DAY + minutes * MS_PER_MINUTE);
    yield {
      localDate: formatLocalDate(day),
      start,
      end: start + series.durationMinutes * MS_PER_MINUTE,
    };
    seen++;
  }
  return undefined;
}

function mondayOf(day: number): number {
  return day - (isoWeekdayOf(day) - 1);
}

function localDayOf(series: SeriesTiming, instant: EpochMs): number {
  const offset = offsetAt(series.recurrence.timeZone, instant);
  return Math.floor((instant + offset) / MS_PER_DAY);
}
