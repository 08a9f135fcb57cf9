/** Properties of one clock under pauses, reassignment and the passing of time (1000 runs each). */
import fc from 'fast-check';
import { addBusinessMs, businessMsBetween } from '../calendar/business-time';
import type { CompiledCalendar } from '../calendar/compiled-calendar';
import { barnaul, moscow, newYork } from '../calendar/test-calendars';
import { computeClock } from './clock';
import type { ClockTimeline } from './types';

const byId: Record<string, CompiledCalendar> = { moscow, barnaul, newYork };
const calendars = (id: string): CompiledCalendar => byId[id] ?? moscow;
const calendarId = fc.constantFrom('moscow', 'barnaul', 'newYork');
const start = fc.integer({
  min: Date.parse('2025-01-01T00:00:00Z'),
  max: Date.parse('2027-12-01T00:00:00Z'),
});
const span = fc.integer({ min: 0, max: 21 * 86_400_000 });
const target = fc.integer({ min: 1, max: 5 * 8 * 60 });
const thresholds = [50, 75, 90];
const runs = { numRuns: 1000 };

describe('clock laws', () => {
  it('a pause moves dueAt by exactly the business time inside it', () => {
    fc.assert(
      fc.property(calendarId, start, target, span, span, span, (id, t0, minutes, d1, d2, d3) => {
        const [p1, p2, now] = [t0 + d1, t0 + d1 + d2, t0 + d1 + d2 + d3];
        const cal = calendars(id);
        const plain: ClockTimeline = {
          segments: [{ from: t0, calendarId: id, running: true }],
          targetMinutes: minutes,
        };
        const paused: ClockTimeline = {
          ...plain,
          segments: [
            ...plain.segments,
            { from: p1, calendarId: id, running: false },
            { from: p2, calendarId: id, running: true },
          ],
        };
        const dueWithout = computeClock(plain, calendars, now, thresholds).dueAt;
        const dueWith = computeClock(paused, calendars, now, thresholds).dueAt;
        if (p1 < dueWithout) {
          const waited = businessMsBetween(cal, p1, p2);
          expect(dueWith).toBe(addBusinessMs(cal, dueWithout, waited));
          expect(businessMsBetween(cal, dueWithout, dueWith)).toBe(waited);
        } else {
          expect(dueWith).toBe(dueWithout);
        }
      }),
      runs,
    );
  });

  it('remaining never increases and elapsed never decreases while the clock runs', () => {
    fc.assert(
      fc.property(
        calendarId,
        calendarId,
        start,
        span,
        target,
        span,
        span,
        (a, b, t0, move, minutes, d1, d2) => {
          // Reassigned from calendar a to calendar b after `move`.
          const timeline: ClockTimeline = {
            segments: [
              { from: t0, calendarId: a, running: true },
              { from: t0 + move, calendarId: b, running: true },
            ],
            targetMinutes: minutes,
          };
          const earlier = computeClock(timeline, calendars, t0 + d1, thresholds);
          const later = computeClock(timeline, calendars, t0 + d1 + d2, thresholds);
          expect(later.remainingMinutes).toBeLessThanOrEqual(earlier.remainingMinutes);
          expect(later.elapsedMinutes).toBeGreaterThanOrEqual(earlier.elapsedMinutes);
        },
      ),
      runs,
    );
  });

  it('a running clock has the same dueAt whatever `now` is', () => {
    fc.assert(
      fc.property(
        calendarId,
        calendarId,
        start,
        span,
        target,
        span,
        span,
        (a, b, t0, move, minutes, d1, d2) => {
          const timeline: ClockTimeline = {
            segments: [
              { from: t0, calendarId: a, running: true },
              { from: t0 + move, calendarId: b, running: true },
            ],
            targetMinutes: minutes,
          };
          // Any two instants once the last segment has begun.
          const first = computeClock(timeline, calendars, t0 + move + d1, thresholds);
          const second = computeClock(timeline, calendars, t0 + move + d2, thresholds);
          expect(second.dueAt).toBe(first.dueAt);
        },
      ),
      runs,
    );
  });
});
