/**
 * Both clocks of a request together: the overall state a list or a card shows, the figure for
 * its progress bar and the next instant a sweep has to look at it again.
 */
import type { CalendarLookup } from './clock';
import { computeClock } from './clock';
import type { ClockStatus, ClockTimeline, EpochMs, SlaState } from './types';

export interface SlaClockTimelines {
  readonly firstResponse: ClockTimeline;
  readonly resolution: ClockTimeline;
}

export interface SlaResult {
  readonly firstResponse: ClockStatus;
  readonly resolution: ClockStatus;
  readonly state: SlaState;
  /** The larger of the not-stopped clocks', or the resolution's when both have stopped. */
  readonly percentUsed: number;
  readonly firstResponseDueAt: EpochMs;
  readonly resolutionDueAt: EpochMs;
  /** The earlier of the clocks' `nextChangeAt`; null when neither can change without an event. */
  readonly nextChangeAt: EpochMs | null;
}

export function computeSla(
  clocks: SlaClockTimelines,
  calendars: CalendarLookup,
  now: EpochMs,
  thresholds: readonly number[],
  /** Escalation percents above 100, so that nextChangeAt also wakes the sweep for them. */
  lateMarks: readonly number[] = [],
): SlaResult {
  const firstResponse = computeClock(clocks.firstResponse, calendars, now, thresholds, lateMarks);
  const resolution = computeClock(clocks.resolution, calendars, now, thresholds, lateMarks);
  // Same rule as computeClock: a stop recorded after `now` has not happened yet.
  const hasStopped = (t: ClockTimeline): boolean => t.stoppedAt !== undefined && t.stoppedAt <= now;
  const firstOpen = !hasStopped(clocks.firstResponse);
  const resolutionOpen = !hasStopped(clocks.resolution);
  const any = (state: SlaState): boolean =>
    firstResponse.state === state || resolution.state === state;
  const state: SlaState = any('breached')
    ? 'breached'
    : any('paused')
      ? 'paused'
      : any('warning')
        ? 'warning'
        : !firstOpen && !resolutionOpen
          ? 'met'
          : 'on_track';
  const percentUsed =
    firstOpen && resolutionOpen
      ? Math.max(firstResponse.percentUsed, resolution.percentUsed)
      : firstOpen
        ? firstResponse.percentUsed
        : resolution.percentUsed;
  const a = firstResponse.nextChangeAt;
  const b = resolution.nextChangeAt;
  const nextChangeAt = a === null ? b : b === null ? a : Math.min(a, b);
  return {
    firstResponse,
    resolution,
    state,
    percentUsed,
    firstResponseDueAt: firstResponse.dueAt,
    resolutionDueAt: resolution.dueAt,
    nextChangeAt,
  };
}
