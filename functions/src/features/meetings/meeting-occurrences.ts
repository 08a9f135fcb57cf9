/** Which occurrence an agenda belongs to, and where it moves next. */
import {
  type EpochMs,
  type MeetingSeries,
  MS_PER_DAY,
  type Occurrence,
  ValidationFailed,
  formatLocalDate,
  nextOccurrence,
  occurrencesBetween,
  parseLocalDate,
} from '@tandem/shared';

type Timing = Pick<MeetingSeries, 'recurrence' | 'durationMinutes'>;

/** The occurrence on a local date, if the series meets that day. */
export function occurrenceOn(series: Timing, localDate: string): Occurrence | undefined {
  const day = parseLocalDate(localDate) * MS_PER_DAY;
  // Local midnight is within a day of UTC midnight in every zone.
  return occurrencesBetween(series, day - MS_PER_DAY, day + 2 * MS_PER_DAY).find(
    (o) => o.localDate === localDate,
  );
}

/** The first occurrence that has not ended at `now` (an ongoing meeting still takes its agenda). */
export function upcomingOccurrence(series: Timing, now: EpochMs): Occurrence | undefined {
  return nextOccurrence(series, now - series.durationMinutes * 60_000);
}

export function requireUpcomingOccurrence(series: Timing, now: EpochMs): Occurrence {
  const found = upcomingOccurrence(series, now);
  if (!found) {
    throw new ValidationFailed('The meeting has no occurrence after now.', [
      { path: 'recurrence', message: 'No meeting takes place from now on.' },
    ]);
  }
  return found;
}

/** The occurrence after the one on `localDate`. */
export function occurrenceAfter(series: Timing, localDate: string): Occurrence | undefined {
  const current = occurrenceOn(series, localDate);
  return current ? nextOccurrence(series, current.start) : undefined;
}

/** The local date after `localDate`: where the agenda rests once the series has ended. */
export function dayAfter(localDate: string): string {
  return formatLocalDate(parseLocalDate(localDate) + 1);
}
