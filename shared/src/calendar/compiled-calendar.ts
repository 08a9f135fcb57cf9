/**
 * A business calendar ready for arithmetic: each local day is turned once into its working
 * intervals in UTC (with its midnights) and cached, so business-time arithmetic does Map
 * lookups and integer comparisons and never touches Intl or allocates in its loops.
 */
import type { BusinessCalendarSpec, EpochMs } from '../sla/types';
import {
  MS_PER_DAY,
  MS_PER_MINUTE,
  formatLocalDate,
  isoWeekdayOf,
  parseLocalDate,
} from './local-date';
import type { PublicHolidays } from './public-holidays';
import { wallTimeToInstant } from './time-zone';

/** One local day. `bounds` is flat: [start0, end0, start1, end1, …], ascending, non-empty pairs. */
export interface CalendarDay {
  readonly day: number;
  /** Instant of local midnight that opens the day. */
  readonly start: EpochMs;
  /** Instant of the next local midnight. */
  readonly end: EpochMs;
  readonly bounds: readonly EpochMs[];
  readonly workingMs: number;
}

/** Working minutes of the day as flat [start, end, …] minute-of-day pairs. */
export type DayMinutes = readonly number[];

export interface CalendarRules {
  readonly week: readonly DayMinutes[]; // index = ISO weekday, 0 unused
  readonly overrides: ReadonlyMap<number, DayMinutes>;
  readonly holidays?: PublicHolidays;
}

const NO_HOURS: DayMinutes = [];

export class CompiledCalendar {
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
  private readonly days = new Map<number, CalendarDay>();
  private readonly midnights = new Map<number, EpochMs>();
  private readonly intervals = new Map<number, readonly (readonly [EpochMs, EpochMs])[]>();
  private offsetGuess = 0;

  constructor(
    readonly spec: BusinessCalendarSpec,
    private readonly rules: CalendarRules,
  ) {
    this.id = spec.id;
    this.name = spec.name;
    this.timeZone = spec.timeZone;
  }

  /** UTC working intervals [start, end) of the local date, in order. */
  workingIntervalsOn(localDate: string): readonly (readonly [EpochMs, EpochMs])[] {
    const day = parseLocalDate(localDate);
    let list = this.intervals.get(day);
    if (!list) {
      const { bounds } = this.dayRecord(day);
      const pairs: (readonly [EpochMs, EpochMs])[] = [];
      for (let i = 0; i < bounds.length; i += 2) pairs.push([bounds[i] ?? 0, bounds[i + 1] ?? 0]);
      list = Object.freeze(pairs);
      this.intervals.set(day, list);
    }
    return list;
  }

  isWorkingDay(localDate: string): boolean {
    return this.dayRecord(parseLocalDate(localDate)).workingMs > 0;
  }

  /** "YYYY-MM-DD" of the instant in the calendar's zone. */
  localDateOf(instant: EpochMs): string {
    return formatLocalDate(this.dayNumberOf(instant));
  }

  /** Day number (days since 1970-01-01) of the local date containing the instant. */
  dayNumberOf(instant: EpochMs): number {
    let day = Math.floor((instant + this.offsetGuess) / MS_PER_DAY);
    let record = this.dayRecord(day);
    while (instant < record.start) record = this.dayRecord((day -= 1));
    while (instant >= record.end) record = this.dayRecord((day += 1));
    this.offsetGuess = day * MS_PER_DAY - record.start;
    return day;
  }

  dayRecord(day: number): CalendarDay {
    return this.days.get(day) ?? this.buildDay(day);
  }

  private buildDay(day: number): CalendarDay {
    const start = this.midnight(day);
    const end = this.midnight(day + 1);
    const minutes = this.minutesOn(day);
    const bounds: EpochMs[] = [];
    for (let i = 0; i + 1 < minutes.length; i += 2) {
      const from = Math.max(start, this.instantOf(day, minutes[i] ?? 0));
      const to = Math.min(end, this.instantOf(day, minutes[i + 1] ?? 0));
      if (to <= from) continue; // the whole interval fell into a DST gap
      const last = bounds.length - 1;
      // Touching intervals ("09:00–13:00", "13:00–18:00") and DST-shifted overlaps merge.
      if (last > 0 && from <= (bounds[last] ?? 0)) bounds[last] = Math.max(bounds[last] ?? 0, to);
      else bounds.push(from, to);
    }
    let workingMs = 0;
    for (let i = 0; i < bounds.length; i += 2) workingMs += (bounds[i + 1] ?? 0) - (bounds[i] ?? 0);
    const record: CalendarDay = { day, start, end, bounds, workingMs };
    this.days.set(day, record);
    return record;
  }

  /**
   * An override wins; then a public holiday is a day off; then a weekend day made a working day
   * works the hours of the weekday it stands for; then the weekly pattern.
   */
  private minutesOn(day: number): DayMinutes {
    const override = this.rules.overrides.get(day);
    if (override) return override;
    const holidays = this.rules.holidays;
    if (holidays?.isHoliday(day)) return NO_HOURS;
    return this.rules.week[holidays?.workingDayAs?.(day) ?? isoWeekdayOf(day)] ?? NO_HOURS;
  }

  private instantOf(day: number, minuteOfDay: number): EpochMs {
    if (minuteOfDay === 0) return this.midnight(day);
    if (minuteOfDay === 1440) return this.midnight(day + 1);
    return wallTimeToInstant(this.timeZone, day * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE);
  }

  private midnight(day: number): EpochMs {
    let instant = this.midnights.get(day);
    if (instant === undefined) {
      instant = wallTimeToInstant(this.timeZone, day * MS_PER_DAY);
      this.midnights.set(day, instant);
    }
    return instant;
  }
}
