/**
 * Free meeting slots as interval arithmetic on UTC instants: the working hours of every
 * department intersected, minus everyone's busy time, cut into slots of the meeting's length
 * on a fixed grid (whole and half hours in every zone Tandem supports).
 */
import type { CompiledCalendar, EpochMs } from '@tandem/shared';

export type Interval = readonly [start: EpochMs, end: EpochMs];

/** The calendar's working intervals overlapping [from, to), clipped to it. */
export function workingIntervals(
  calendar: CompiledCalendar,
  from: EpochMs,
  to: EpochMs,
): Interval[] {
  const found: Interval[] = [];
  for (let day = calendar.dayNumberOf(from); ; day++) {
    const record = calendar.dayRecord(day);
    if (record.start >= to) break;
    for (let i = 0; i + 1 < record.bounds.length; i += 2) {
      const start = Math.max(from, record.bounds[i] ?? 0);
      const end = Math.min(to, record.bounds[i + 1] ?? 0);
      if (end > start) found.push([start, end]);
    }
  }
  return found;
}

/** Where both sorted, non-overlapping lists are inside an interval. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [aStart, aEnd] = a[i] as Interval;
    const [bStart, bEnd] = b[j] as Interval;
    const start = Math.max(aStart, bStart);
    const end = Math.min(aEnd, bEnd);
    if (end > start) out.push([start, end]);
    if (aEnd < bEnd) i++;
    else j++;
  }
  return out;
}

/** Sorted and merged (touching intervals join). */
export function merge(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((x, y) => x[0] - y[0]);
  const out: [EpochMs, EpochMs][] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

export interface SlotSearch {
  readonly windows: readonly Interval[];
  readonly busy: readonly Interval[];
  readonly durationMs: number;
  readonly stepMs: number;
  readonly limit: number;
}

/** Slots starting on the grid, fully inside a window and clear of every busy interval. */
export function freeSlots({ windows, busy, durationMs, stepMs, limit }: SlotSearch): Interval[] {
  const blocked = merge(busy);
  const slots: Interval[] = [];
  const onGrid = (t: EpochMs) => Math.ceil(t / stepMs) * stepMs;
  for (const [windowStart, windowEnd] of windows) {
    let start = onGrid(windowStart);
    while (start + durationMs <= windowEnd && slots.length < limit) {
      const end = start + durationMs;
      const clash = blocked.find(([bStart, bEnd]) => bStart < end && bEnd > start);
      if (clash) {
        start = onGrid(clash[1]);
        continue;
      }
      slots.push([start, end]);
      start += stepMs;
    }
  }
  return slots;
}
