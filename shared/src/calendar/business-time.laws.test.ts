/** The algebra every SLA computation leans on, checked on calendars with lunch, holidays and DST. */
import fc from 'fast-check';
import { addBusinessMinutes, addBusinessMs, businessMsBetween } from './business-time';
import { compileCalendar } from './compile-calendar';
import type { CompiledCalendar } from './compiled-calendar';
import { barnaul, moscow, newYork, newYorkAllDay, russianOffice } from './test-calendars';

const decreed = russianOffice('decreed', 'Europe/Moscow', [
  { date: '2025-11-01', kind: 'working-day' },
  { date: '2026-12-31', kind: 'day-off' },
]);
const shifts = compileCalendar({
  id: 'night-shifts',
  name: 'Night shifts across midnight and a DST gap',
  timeZone: 'America/New_York',
  week: {
    6: [
      { start: '00:00', end: '02:30' },
      { start: '22:00', end: '24:00' },
    ],
    7: [
      { start: '00:00', end: '03:15' },
      { start: '21:45', end: '24:00' },
    ],
  },
});
const calendars: readonly CompiledCalendar[] = [
  moscow,
  decreed,
  barnaul,
  newYork,
  newYorkAllDay,
  shifts,
];

const calendar = fc.constantFrom(...calendars);
const instant = fc.integer({
  min: Date.parse('2025-01-01T00:00:00Z'),
  max: Date.parse('2028-01-01T00:00:00Z'),
});
/** Up to ten working weeks, in whole milliseconds (the engine's resolution). */
const amountMs = fc.integer({ min: 0, max: 400 * 3_600_000 });
const runs = { numRuns: 1000 };

describe('business-time laws (1000 runs each)', () => {
  it('add(add(t, a), b) === add(t, a + b)', () => {
    fc.assert(
      fc.property(calendar, instant, amountMs, amountMs, (cal, t, a, b) => {
        const inTwoSteps = addBusinessMinutes(
          cal,
          addBusinessMinutes(cal, t, a / 60_000),
          b / 60_000,
        );
        expect(inTwoSteps).toBe(addBusinessMinutes(cal, t, (a + b) / 60_000));
      }),
      runs,
    );
  });

  it('businessMsBetween(t, add(t, m)) === m · 60000', () => {
    fc.assert(
      fc.property(calendar, instant, fc.integer({ min: 0, max: 24_000 }), (cal, t, minutes) => {
        expect(businessMsBetween(cal, t, addBusinessMinutes(cal, t, minutes))).toBe(
          minutes * 60_000,
        );
      }),
      runs,
    );
    fc.assert(
      fc.property(calendar, instant, amountMs, (cal, t, ms) => {
        expect(businessMsBetween(cal, t, addBusinessMinutes(cal, t, ms / 60_000))).toBe(ms);
      }),
      runs,
    );
  });

  it('add is monotonic in t', () => {
    fc.assert(
      fc.property(calendar, instant, instant, amountMs, (cal, t1, t2, ms) => {
        const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1];
        expect(addBusinessMs(cal, early, ms)).toBeLessThanOrEqual(addBusinessMs(cal, late, ms));
      }),
      runs,
    );
  });

  it('add is monotonic in m (strictly, for m > 0)', () => {
    fc.assert(
      fc.property(calendar, instant, amountMs, amountMs, (cal, t, m1, m2) => {
        const [small, large] = m1 <= m2 ? [m1, m2] : [m2, m1];
        const a = addBusinessMs(cal, t, small);
        const b = addBusinessMs(cal, t, large);
        if (small < large) expect(a).toBeLessThan(b);
        else expect(a).toBe(b);
      }),
      runs,
    );
  });

  it('for m > 0 the answer lies in a working interval or at its end, never at an opening', () => {
    fc.assert(
      fc.property(calendar, instant, fc.integer({ min: 1, max: 400 * 3_600_000 }), (cal, t, ms) => {
        const answer = addBusinessMs(cal, t, ms);
        const previousDate = cal.localDateOf(answer - 1);
        const inside = [previousDate, cal.localDateOf(answer)]
          .flatMap((date) => cal.workingIntervalsOn(date))
          .some(([from, to]) => from < answer && answer <= to);
        expect(inside).toBe(true);
      }),
      runs,
    );
  });

  it('businessMsBetween is additive: [a, c) = [a, b) + [b, c)', () => {
    fc.assert(
      fc.property(calendar, instant, instant, instant, (cal, x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
        expect(businessMsBetween(cal, a, c)).toBe(
          businessMsBetween(cal, a, b) + businessMsBetween(cal, b, c),
        );
      }),
      runs,
    );
  });
});
