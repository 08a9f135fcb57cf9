/**
 * Contracts of the SLA engine, fixed first so that the calendar, the engine, the domain model
 * and the benchmark agree. Instants are epoch milliseconds (UTC) inside the engine; ISO strings
 * only at the edges.
 */

/** Epoch milliseconds, UTC. */
export type EpochMs = number;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A wall-clock interval inside one local day, "HH:mm" to "HH:mm" (end exclusive, "24:00" allowed). */
export interface LocalInterval {
  readonly start: string;
  readonly end: string;
}

export interface HolidaySource {
  /** ISO 3166-1 alpha-2 country for the `date-holidays` package, e.g. "RU", "US". */
  readonly country: string;
  /** Optional state / region codes understood by `date-holidays`. */
  readonly state?: string | undefined;
  readonly region?: string | undefined;
  /**
   * Also the days off the country's law and government move, as Tandem ships them (RU only):
   * Labour Code art. 112 (a weekend day on a public holiday moves to the next working day,
   * 1–8 January excepted) and the yearly decrees (moved days off, working Saturdays).
   */
  readonly officialMoves?: boolean | undefined;
}

/** An explicit exception to the weekly pattern on one local date ("YYYY-MM-DD"). */
export type CalendarOverride =
  | { readonly date: string; readonly kind: 'day-off'; readonly name?: string | undefined }
  | {
      readonly date: string;
      readonly kind: 'working-day';
      readonly name?: string | undefined;
      /** Hours of the moved working day; when absent, the hours of a regular Monday. */
      readonly hours?: readonly LocalInterval[] | undefined;
    };

/** Plain data describing one business calendar (what is stored and sent over the wire). */
export interface BusinessCalendarSpec {
  readonly id: string;
  readonly name: string;
  /** IANA time zone, e.g. "Europe/Moscow". */
  readonly timeZone: string;
  /** Working intervals per ISO weekday; a missing or empty day is a day off. */
  readonly week: Readonly<Partial<Record<IsoWeekday, readonly LocalInterval[] | undefined>>>;
  readonly holidays?: HolidaySource | undefined;
  readonly overrides?: readonly CalendarOverride[] | undefined;
}

/** How one clock (first response or resolution) ran: consecutive segments, in time order. */
export interface ClockSegment {
  /** Instant the segment starts; it lasts until the next segment's `from`, the stop, or now. */
  readonly from: EpochMs;
  /** Calendar of the department responsible during this segment (reassignment switches it). */
  readonly calendarId: string;
  /** False while the request waits on the requester (or between resolve and reopen). */
  readonly running: boolean;
}

export interface ClockTimeline {
  readonly segments: readonly ClockSegment[];
  /** Instant the clock stopped for good (first response given, resolved, declined, cancelled). */
  readonly stoppedAt?: EpochMs;
  readonly targetMinutes: number;
}

export type SlaState = 'on_track' | 'warning' | 'breached' | 'met' | 'paused';

export interface ClockStatus {
  readonly targetMinutes: number;
  readonly elapsedMinutes: number;
  readonly remainingMinutes: number;
  readonly percentUsed: number;
  /** When the target is (or, for a paused or stopped clock, would be) reached. */
  readonly dueAt: EpochMs;
  readonly state: SlaState;
  /** Highest warning threshold (percent) reached, or null. */
  readonly thresholdReached: number | null;
  /** Next instant at which `state` or `thresholdReached` can change without a new event. */
  readonly nextChangeAt: EpochMs | null;
}
