/**
 * One SLA clock (first response or resolution) at an instant. Elapsed time is the business
 * time of the running segments, each in ITS calendar (the department responsible then); the
 * instants at which elapsed time reaches each mark (warning thresholds, the target) are found
 * inside past segments or projected with the current segment's calendar. For a running clock a
 * projection does not depend on `now`: business time is additive, and the stretch between the
 * last working instant and `now` holds none.
 */
import { addBusinessMs, businessMsBetween } from '../calendar/business-time';
import type { CompiledCalendar } from '../calendar/compiled-calendar';
import { MS_PER_MINUTE } from '../calendar/local-date';
import type { ClockSegment, ClockStatus, ClockTimeline, EpochMs, SlaState } from './types';

export type CalendarLookup = (calendarId: string) => CompiledCalendar;

export function computeClock(
  timeline: ClockTimeline,
  calendars: CalendarLookup,
  now: EpochMs,
  thresholds: readonly number[],
  /** Percents beyond the target (e.g. 200) at which an escalation step is due: wake-ups only. */
  lateMarks: readonly number[] = [],
): ClockStatus {
  const { segments, stoppedAt, targetMinutes } = timeline;
  const first = segments[0];
  if (!first) throw new RangeError('A clock needs at least one segment.');
  if (!(targetMinutes > 0) || !Number.isFinite(targetMinutes)) {
    throw new RangeError(
      `A clock target must be a positive number of minutes, got ${targetMinutes}.`,
    );
  }
  const targetMs = Math.max(1, Math.round(targetMinutes * MS_PER_MINUTE));
  const warnings = [...new Set(thresholds)].sort((a, b) => a - b);
  if (warnings.some((p) => !(p > 0 && p < 100))) {
    throw new RangeError(`Warning thresholds must lie strictly between 0 and 100: ${thresholds}.`);
  }
  // ceil: "elapsed ≥ p% of target" and "elapsed reached the mark" agree in whole milliseconds.
  const late = [...new Set(lateMarks)].filter((p) => p > 100).sort((a, b) => a - b);
  const marks = [
    ...warnings.map((p) => Math.ceil((targetMs * p) / 100)),
    targetMs,
    ...late.map((p) => Math.ceil((targetMs * p) / 100)),
  ];
  const reachedAt: (EpochMs | undefined)[] = marks.map(() => undefined);

  // A stop later than `now` has not happened yet as far as this evaluation is concerned.
  const stopped = stoppedAt !== undefined && stoppedAt <= now;
  const end = stopped ? stoppedAt : now;
  let elapsed = 0;
  let current: ClockSegment = first;
  for (const [i, segment] of segments.entries()) {
    if (i > 0 && segment.from < current.from) {
      throw new RangeError('Clock segments must be in time order.');
    }
    if (i > 0 && segment.from > end) break;
    current = segment;
    const to = Math.min(segments[i + 1]?.from ?? end, end);
    if (!segment.running || to <= segment.from) continue;
    const cal = calendars(segment.calendarId);
    const worked = businessMsBetween(cal, segment.from, to);
    marks.forEach((mark, m) => {
      if (reachedAt[m] === undefined && mark <= elapsed + worked) {
        reachedAt[m] = addBusinessMs(cal, segment.from, mark - elapsed);
      }
    });
    elapsed += worked;
  }
  const projectFrom = Math.max(end, current.from);
  const currentCal = calendars(current.calendarId);
  const instants = marks.map(
    (mark, m) => reachedAt[m] ?? addBusinessMs(currentCal, projectFrom, mark - elapsed),
  );
  const dueAt = instants[warnings.length] ?? projectFrom;

  let thresholdReached: number | null = null;
  for (const [w, p] of warnings.entries()) {
    if (elapsed >= (marks[w] ?? Infinity)) thresholdReached = p;
  }
  const running = !stopped && current.running;
  const state: SlaState = stopped
    ? end <= dueAt
      ? 'met'
      : 'breached'
    : now >= dueAt
      ? 'breached'
      : !current.running
        ? 'paused'
        : thresholdReached !== null
          ? 'warning'
          : 'on_track';
  const upcoming = running ? instants.filter((instant) => instant > now) : [];
  return {
    targetMinutes,
    elapsedMinutes: elapsed / MS_PER_MINUTE,
    remainingMinutes: Math.max(0, targetMs - elapsed) / MS_PER_MINUTE,
    percentUsed: Math.round((elapsed / targetMs) * 10_000) / 100,
    dueAt,
    state,
    thresholdReached,
    nextChangeAt: upcoming.length > 0 ? Math.min(...upcoming) : null,
  };
}
