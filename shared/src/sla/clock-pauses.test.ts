/** Clocks that pause, change department, or are asked about odd instants. */
import { at, iso } from '../calendar/test-calendars';
import { computeClock } from './clock';
import { calendars, clockAt, fourHours, pause, run } from './clock-test-timelines';
import type { ClockTimeline } from './types';

describe('computeClock pauses', () => {
  const paused: ClockTimeline = {
    segments: [run('2025-11-17T06:00:00Z'), pause('2025-11-17T07:00:00Z')], // paused at 10:00
    targetMinutes: 240,
  };

  it('stops counting while paused; dueAt is where the rest would end if resumed now', () => {
    const status = clockAt(paused, '2025-11-17T12:00:00Z'); // 15:00
    expect(status).toMatchObject({
      state: 'paused',
      elapsedMinutes: 60,
      thresholdReached: null,
      nextChangeAt: null,
    });
    expect(iso(status.dueAt)).toBe('2025-11-17T15:00:00.000Z'); // 15:00 + 3 h = 18:00
  });

  it('moves the due instant by the business time spent waiting', () => {
    // Resumed Tue 09:00; Mon 10:00–18:00 held 7 business hours, so 13:00 Mon becomes 12:00 Tue.
    const resumed = { ...paused, segments: [...paused.segments, run('2025-11-18T06:00:00Z')] };
    expect(iso(clockAt(resumed, '2025-11-18T06:30:00Z').dueAt)).toBe('2025-11-18T09:00:00.000Z');
  });

  it('stays breached when the target was used up before the pause', () => {
    const late = { ...fourHours, segments: [...fourHours.segments, pause('2025-11-17T12:00:00Z')] };
    expect(clockAt(late, '2025-11-17T13:00:00Z')).toMatchObject({
      state: 'breached',
      dueAt: at('2025-11-17T10:00:00Z'),
    });
  });
});

describe('computeClock reassignment', () => {
  // Mon 15:00 Moscow the request moves to Krasnoyarsk, where it is 19:00 and the office closed.
  const reassigned: ClockTimeline = {
    segments: [run('2025-11-17T06:00:00Z'), run('2025-11-17T12:00:00Z', 'krasnoyarsk')],
    targetMinutes: 480,
  };

  it('keeps the elapsed time and counts the rest in the new calendar', () => {
    const atMove = clockAt(reassigned, '2025-11-17T12:00:00Z');
    const moscowOnly = clockAt(
      { ...reassigned, segments: [run('2025-11-17T06:00:00Z')] },
      '2025-11-17T12:00:00Z',
    );
    expect(atMove.elapsedMinutes).toBe(300);
    expect(moscowOnly.elapsedMinutes).toBe(300);
    // Moscow alone would be due Mon 18:00; Krasnoyarsk needs 3 h from Tue 09:00 local.
    expect(iso(moscowOnly.dueAt)).toBe('2025-11-17T15:00:00.000Z');
    expect(iso(atMove.dueAt)).toBe('2025-11-18T05:00:00.000Z');
    const nextMorning = clockAt(reassigned, '2025-11-18T03:00:00Z'); // 10:00 Krasnoyarsk
    expect([nextMorning.elapsedMinutes, nextMorning.state, nextMorning.thresholdReached]).toEqual([
      360,
      'warning',
      75,
    ]);
  });
});

describe('computeClock edges', () => {
  it('ignores segments that start after now', () => {
    const withFuture = {
      ...fourHours,
      segments: [...fourHours.segments, pause('2025-11-17T09:00:00Z')],
    };
    expect(clockAt(withFuture, '2025-11-17T08:30:00Z')).toEqual(
      clockAt(fourHours, '2025-11-17T08:30:00Z'),
    );
  });

  it('projects from the creation instant when asked about a time before it', () => {
    const status = clockAt(fourHours, '2025-11-17T05:00:00Z');
    expect([status.state, status.elapsedMinutes, iso(status.dueAt)]).toEqual([
      'on_track',
      0,
      '2025-11-17T10:00:00.000Z',
    ]);
  });

  it('rejects timelines and thresholds it cannot interpret', () => {
    const now = '2025-11-17T08:00:00Z';
    expect(() => clockAt({ segments: [], targetMinutes: 60 }, now)).toThrow(/at least one segment/);
    expect(() => clockAt({ ...fourHours, targetMinutes: 0 }, now)).toThrow(/positive/);
    const unordered = {
      ...fourHours,
      segments: [run('2025-11-17T07:00:00Z'), run('2025-11-17T06:00:00Z')],
    };
    expect(() => clockAt(unordered, now)).toThrow(/time order/);
    expect(() => computeClock(fourHours, calendars, at(now), [50, 100])).toThrow(
      /between 0 and 100/,
    );
  });
});
