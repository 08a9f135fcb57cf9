import { krasnoyarsk, moscow, at, iso } from '../calendar/test-calendars';
import type { CompiledCalendar } from '../calendar/compiled-calendar';
import { computeClock } from './clock';
import type { ClockSegment, ClockStatus, ClockTimeline } from './types';

const calendars = (id: string): CompiledCalendar => ({ moscow, krasnoyarsk })[id] ?? moscow;
const thresholds = [50, 75, 90];
const run = (from: string, calendarId = 'moscow'): ClockSegment => ({
  from: at(from),
  calendarId,
  running: true,
});
const pause = (from: string, calendarId = 'moscow'): ClockSegment => ({
  from: at(from),
  calendarId,
  running: false,
});
const clockAt = (timeline: ClockTimeline, now: string): ClockStatus =>
  computeClock(timeline, calendars, at(now), thresholds);

// Moscow office hours Mon–Fri 09:00–13:00, 14:00–18:00 (UTC+3). Mon 17 Nov 2025 09:00 = 06:00Z.
const fourHours: ClockTimeline = { segments: [run('2025-11-17T06:00:00Z')], targetMinutes: 240 };

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
