import type { CompiledCalendar } from '../calendar/compiled-calendar';
import { at, iso, moscow } from '../calendar/test-calendars';
import { computeSla } from './sla-status';
import type { SlaClockTimelines } from './sla-status';
import type { ClockTimeline } from './types';

const calendars = (): CompiledCalendar => moscow;
const thresholds = [50, 75, 90];
const clock = (from: string, targetMinutes: number, stoppedAt?: string): ClockTimeline => ({
  segments: [{ from: at(from), calendarId: 'moscow', running: true }],
  targetMinutes,
  ...(stoppedAt ? { stoppedAt: at(stoppedAt) } : {}),
});

describe('Murmansk branch → head-office Marketing, Friday 17:40 Moscow', () => {
  // Fri 14 Nov 2025 17:40 Moscow = 14:40Z; first response 4 business hours, resolution 16.
  const request: SlaClockTimelines = {
    firstResponse: clock('2025-11-14T14:40:00Z', 240),
    resolution: clock('2025-11-14T14:40:00Z', 960),
  };

  it('is due Monday 12:40 Moscow and not breached on Saturday', () => {
    const saturday = computeSla(request, calendars, at('2025-11-15T09:00:00Z'), thresholds);
    expect(iso(saturday.firstResponseDueAt)).toBe('2025-11-17T09:40:00.000Z');
    expect(iso(saturday.resolutionDueAt)).toBe('2025-11-18T14:40:00.000Z'); // Tue 17:40
    expect(saturday.state).toBe('on_track');
    expect(saturday.firstResponse.elapsedMinutes).toBe(20); // Friday 17:40–18:00
    expect(saturday.percentUsed).toBe(8.33);
    // The next change is Monday 10:40 Moscow, when half of the first-response time is used.
    expect(iso(saturday.nextChangeAt ?? 0)).toBe('2025-11-17T07:40:00.000Z');
  });

  it('is in warning at 12:39 on Monday and breached at 12:40', () => {
    const justBefore = computeSla(request, calendars, at('2025-11-17T09:39:00Z'), thresholds);
    expect([justBefore.state, justBefore.firstResponse.thresholdReached]).toEqual(['warning', 90]);
    expect(iso(justBefore.nextChangeAt ?? 0)).toBe('2025-11-17T09:40:00.000Z');
    const due = computeSla(request, calendars, at('2025-11-17T09:40:00Z'), thresholds);
    expect([due.state, due.firstResponse.state, due.resolution.state]).toEqual([
      'breached',
      'breached',
      'on_track',
    ]);
  });
});

describe('computeSla overall state', () => {
  const created = '2025-11-17T06:00:00Z'; // Mon 09:00 Moscow
  const now = at('2025-11-17T08:30:00Z'); // 11:30, 2.5 h in

  it('is met only when both clocks stopped in time; percent is then the resolution’s', () => {
    const sla = computeSla(
      {
        firstResponse: clock(created, 60, '2025-11-17T06:30:00Z'),
        resolution: clock(created, 480, '2025-11-17T08:00:00Z'),
      },
      calendars,
      now,
      thresholds,
    );
    expect([sla.state, sla.percentUsed, sla.nextChangeAt]).toEqual(['met', 25, null]);
  });

  it('is on_track while one clock is met and the other runs; percent ignores the stopped one', () => {
    const sla = computeSla(
      {
        firstResponse: clock(created, 60, '2025-11-17T06:50:00Z'),
        resolution: clock(created, 960),
      },
      calendars,
      now,
      thresholds,
    );
    expect([sla.state, sla.percentUsed]).toEqual(['on_track', 15.63]);
    expect(iso(sla.nextChangeAt ?? 0)).toBe('2025-11-17T15:00:00.000Z'); // 18:00: 8 h = 50 %
  });

  it('is breached when any clock is, even one that has stopped late', () => {
    const sla = computeSla(
      {
        firstResponse: clock(created, 60, '2025-11-17T07:30:00Z'),
        resolution: clock(created, 960),
      },
      calendars,
      now,
      thresholds,
    );
    expect([sla.state, sla.firstResponse.state, sla.resolution.state]).toEqual([
      'breached',
      'breached',
      'on_track',
    ]);
  });

  it('is paused when a clock waits on the requester, over a warning on the other', () => {
    const waiting: ClockTimeline = {
      ...clock(created, 960),
      segments: [
        { from: at(created), calendarId: 'moscow', running: true },
        { from: at('2025-11-17T07:00:00Z'), calendarId: 'moscow', running: false },
      ],
    };
    const sla = computeSla(
      { firstResponse: clock(created, 200), resolution: waiting },
      calendars,
      now,
      thresholds,
    );
    expect([sla.state, sla.firstResponse.state, sla.resolution.state]).toEqual([
      'paused',
      'warning',
      'paused',
    ]);
    // Only the running first-response clock can change by itself: 90 % of 200 min = 12:00.
    expect(iso(sla.nextChangeAt ?? 0)).toBe('2025-11-17T09:00:00.000Z');
  });

  it('is warning when a running clock passed a threshold; nextChangeAt is the earlier clock’s', () => {
    const sla = computeSla(
      { firstResponse: clock(created, 240), resolution: clock(created, 960) },
      calendars,
      now,
      thresholds,
    );
    expect([sla.state, sla.percentUsed]).toEqual(['warning', 62.5]);
    expect(iso(sla.nextChangeAt ?? 0)).toBe('2025-11-17T09:00:00.000Z'); // 75 % of 4 h at 12:00
  });
});
