/** Thresholds, nextChangeAt and stops of a single running clock. */
import { at, iso } from '../calendar/test-calendars';
import { computeClock } from './clock';
import { calendars, clockAt, fourHours, run, thresholds } from './clock-test-timelines';
import type { ClockStatus } from './types';
describe('computeClock thresholds and nextChangeAt', () => {
  it('chains on_track → warning 50 → 75 → 90 → breached, each change at nextChangeAt', () => {
    const seen: [string, string, number | null][] = [];
    let now: number | null = at('2025-11-17T06:00:00Z');
    while (now !== null) {
      const status = computeClock(fourHours, calendars, now, thresholds);
      seen.push([iso(now), status.state, status.thresholdReached]);
      now = status.nextChangeAt;
    }
    expect(seen).toEqual([
      ['2025-11-17T06:00:00.000Z', 'on_track', null],
      ['2025-11-17T08:00:00.000Z', 'warning', 50], // 11:00, 2 h used
      ['2025-11-17T09:00:00.000Z', 'warning', 75], // 12:00
      ['2025-11-17T09:36:00.000Z', 'warning', 90], // 12:36
      ['2025-11-17T10:00:00.000Z', 'breached', 90], // 13:00, the end of the morning
    ]);
  });

  it('does not change a millisecond before nextChangeAt', () => {
    const before = clockAt(fourHours, '2025-11-17T07:59:59.999Z');
    expect([before.state, before.thresholdReached, iso(before.nextChangeAt ?? 0)]).toEqual([
      'on_track',
      null,
      '2025-11-17T08:00:00.000Z',
    ]);
  });

  it('reports elapsed, remaining and percent used', () => {
    // 12:30 Moscow: 3.5 h used.
    const status = clockAt(fourHours, '2025-11-17T09:30:00Z');
    expect(status).toEqual({
      targetMinutes: 240,
      elapsedMinutes: 210,
      remainingMinutes: 30,
      percentUsed: 87.5,
      dueAt: at('2025-11-17T10:00:00Z'),
      state: 'warning',
      thresholdReached: 75,
      nextChangeAt: at('2025-11-17T09:36:00Z'),
    });
    // 14:30: past due, percent goes above 100, remaining stays at 0.
    const late = clockAt(fourHours, '2025-11-17T11:30:00Z');
    expect([late.state, late.percentUsed, late.remainingMinutes, late.nextChangeAt]).toEqual([
      'breached',
      112.5,
      0,
      null,
    ]);
  });
});

describe('computeClock stop', () => {
  it('is met when stopped before or exactly at the due instant, breached after', () => {
    const stopAt = (stoppedAt: string): ClockStatus =>
      clockAt({ ...fourHours, stoppedAt: at(stoppedAt) }, '2025-11-20T12:00:00Z');
    expect(stopAt('2025-11-17T09:59:00Z')).toMatchObject({
      state: 'met',
      thresholdReached: 90,
      nextChangeAt: null,
    });
    expect(stopAt('2025-11-17T10:00:00Z').state).toBe('met');
    expect(stopAt('2025-11-17T10:00:00.001Z').state).toBe('breached');
    // Answered at 10:00 on Tuesday after a 13:00 Monday deadline: 4 h 60 min used.
    expect(stopAt('2025-11-18T07:00:00Z')).toMatchObject({
      state: 'breached',
      elapsedMinutes: 540,
      nextChangeAt: null,
    });
  });

  it('treats a stop recorded after `now` as not yet happened', () => {
    const status = clockAt(
      { ...fourHours, stoppedAt: at('2025-11-17T09:00:00Z') },
      '2025-11-17T07:00:00Z',
    );
    expect([status.state, status.elapsedMinutes, iso(status.nextChangeAt ?? 0)]).toEqual([
      'on_track',
      60,
      '2025-11-17T08:00:00.000Z',
    ]);
  });
});

describe('escalation marks beyond the target', () => {
  it('keeps waking the sweep after the breach until the late escalation is due', () => {
    const timeline = { segments: [run('2026-11-30T06:00:00Z')], targetMinutes: 60 }; // Mon 09:00
    const atBreach = computeClock(timeline, calendars, at('2026-11-30T07:00:00Z'), [50], [200]);
    expect(atBreach.state).toBe('breached');
    expect(iso(atBreach.dueAt)).toBe('2026-11-30T07:00:00.000Z');
    // 200 % of one business hour: 11:00 Moscow.
    expect(iso(atBreach.nextChangeAt ?? 0)).toBe('2026-11-30T08:00:00.000Z');
    const later = computeClock(timeline, calendars, at('2026-11-30T08:00:00Z'), [50], [200]);
    expect(later.nextChangeAt).toBeNull();
    expect(later.dueAt).toBe(atBreach.dueAt);
  });

  it('reads thresholds and late marks in any order, with repeats and marks at or under 100', () => {
    const timeline = { segments: [run('2026-11-30T06:00:00Z')], targetMinutes: 240 };
    for (const now of ['2026-11-30T06:30:00Z', '2026-11-30T09:00:00Z', '2026-11-30T12:00:00Z']) {
      const tidy = computeClock(timeline, calendars, at(now), [50, 75, 90], [150, 200]);
      const messy = computeClock(
        timeline,
        calendars,
        at(now),
        [90, 50, 75, 50],
        [200, 75, 100, 150],
      );
      expect(messy).toEqual(tidy);
    }
  });
});
