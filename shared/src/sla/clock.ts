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
  const warnings = ascendingUnique(thresholds, () => true);
  if (warnings.some((p) => !(p > 0 && p < 100))) {
    throw new RangeError(
      `Warning thresholds must lie strictly between 0 and 100: ${thresholds.join(',')}.`,
    );
  }
  // ceil: "elapsed ≥ p% of target" and "elapsed reached the mark" agree in whole milliseconds.
  const late = ascendingUnique(lateMarks, (p) => p > 100);
  const marks: number[] = [];
  for (const p of warnings) marks.push(Math.ceil((targetMs * p) / 100));
  marks.push(targetMs);
  for (const p of late) marks.push(Math.ceil((targetMs * p) / 100));
  const reachedAt: (EpochMs | undefined)[] = new Array<EpochMs | undefined>(marks.length);

  // A stop later than `now` has not happened yet as far as this evaluation is concerned.
  const stopped = stoppedAt !== undefined && stoppedAt <= now;
  const end = stopped ? stoppedAt : now;
  let elapsed = 0;
  let current: ClockSegment = first;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as ClockSegment;
    if (i > 0 && segment.from < current.from) {
      throw new RangeError('Clock segments must be in time order.');
    }
    if (i > 0 && segment.from > end) break;
    current = segment;
    const to = Math.min(segments[i + 1]?.from ?? end, end);
    if (!segment.running || to <= segment.from) continue;
    const cal = calendars(segment.calendarId);
    const worked = businessMsBetween(cal, segment.from, to);
    for (let m = 0; m < marks.length; m++) {
      const mark = marks[m] as number;
      if (reachedAt[m] === undefined && mark <= elapsed + worked) {
        reachedAt[m] = addBusinessMs(cal, segment.from, mark - elapsed);
      }
    }
    elapsed += worked;
  }
  const projectFrom = Math.max(end, current.from);
  const currentCal = calendars(current.calendarId);
  // The marks not reached yet all lie beyond `elapsed`, in ascending order, and business time
  // adds up (add(add(t, a), b) = add(t, a + b)), so each projection continues from the last.
  const instants: EpochMs[] = [];
  let projected = projectFrom;
  let projectedMark = elapsed;
  for (let m = 0; m < marks.length; m++) {
    const reached = reachedAt[m];
    if (reached !== undefined) {
      instants.push(reached);
      continue;
    }
    const mark = marks[m] as number;
    projected = addBusinessMs(currentCal, projected, mark - projectedMark);
    projectedMark = mark;
    instants.push(projected);
  }
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
  let nextChangeAt: EpochMs | null = null;
  if (running) {
    for (const instant of instants) {
      if (instant > now && (nextChangeAt === null || instant < nextChangeAt))
        nextChangeAt = instant;
    }
  }
  return {
    targetMinutes,
    elapsedMinutes: elapsed / MS_PER_MINUTE,
    remainingMinutes: Math.max(0, targetMs - elapsed) / MS_PER_MINUTE,
    percentUsed: Math.round((elapsed / targetMs) * 10_000) / 100,
    dueAt,
    state,
    thresholdReached,
    nextChangeAt,
  };
}

/** The kept values, ascending and without repeats (sorting only lists that are not so already). */
function ascendingUnique(list: readonly number[], keep: (p: number) => boolean): number[] {
  const kept: number[] = [];
  for (const p of list) {
    if (!keep(p)) continue;
    const last = kept[kept.length - 1];
    if (last !== undefined && !(p > last)) {
      return [...new Set(list)].filter(keep).sort((a, b) => a - b);
    }
    kept.push(p);
  }
  return kept;
}
