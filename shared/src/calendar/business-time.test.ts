import {
  addBusinessMinutes,
  addBusinessMs,
  businessMinutesBetween,
  businessMsBetween,
} from './business-time';
import { compileCalendar } from './compile-calendar';
import { at, iso, moscow, officeHours } from './test-calendars';

// Moscow office: Mon–Fri 09:00–13:00, 14:00–18:00 (UTC+3), RU holidays.
describe('addBusinessMinutes', () => {
  it('returns `from` unchanged for 0 minutes, even outside working hours', () => {
    const saturdayNight = at('2026-01-17T20:00:00.123Z');
    expect(addBusinessMinutes(moscow, saturdayNight, 0)).toBe(saturdayNight);
  });

  it('skips lunch', () => {
    // Mon 12:30 + 60 min → 13:00 lunch → 14:30.
    expect(iso(addBusinessMinutes(moscow, at('2026-01-12T09:30:00Z'), 60))).toBe(
      '2026-01-12T11:30:00.000Z',
    );
  });

  it('ends at the close of the last interval used, not at the next opening', () => {
    // Fri 17:00 + 60 min → Fri 18:00, not Mon 09:00.
    expect(iso(addBusinessMinutes(moscow, at('2026-01-16T14:00:00Z'), 60))).toBe(
      '2026-01-16T15:00:00.000Z',
    );
    // Fri 12:00 + 60 min → 13:00, not 14:00.
    expect(iso(addBusinessMinutes(moscow, at('2026-01-16T09:00:00Z'), 60))).toBe(
      '2026-01-16T10:00:00.000Z',
    );
  });

  it('counts fractional minutes to the millisecond', () => {
    expect(iso(addBusinessMinutes(moscow, at('2026-01-12T06:00:00Z'), 0.5))).toBe(
      '2026-01-12T06:00:30.000Z',
    );
    expect(iso(addBusinessMinutes(moscow, at('2026-01-12T06:00:00Z'), 1 / 60_000))).toBe(
      '2026-01-12T06:00:00.001Z',
    );
  });

  it('rejects negative, infinite and non-numeric amounts', () => {
    const from = at('2026-01-12T06:00:00Z');
    expect(() => addBusinessMinutes(moscow, from, -1)).toThrow(RangeError);
    expect(() => addBusinessMinutes(moscow, from, Infinity)).toThrow(RangeError);
    expect(() => addBusinessMinutes(moscow, from, Number.NaN)).toThrow(RangeError);
    expect(() => addBusinessMs(moscow, from, 1.5)).toThrow(RangeError);
    expect(() => addBusinessMinutes(moscow, Number.NaN, 1)).toThrow(RangeError);
  });

  it('fails loudly instead of looping when overrides leave no working time for ten years', () => {
    const mondays = Array.from({ length: 530 }, (_, week) => ({
      date: new Date(at('2026-01-05T00:00:00Z') + week * 7 * 86_400_000).toISOString().slice(0, 10),
      kind: 'day-off' as const,
    }));
    const starved = compileCalendar({
      id: 'starved',
      name: 'Mondays only, all cancelled',
      timeZone: 'Europe/Moscow',
      week: { 1: officeHours },
      overrides: mondays,
    });
    expect(() => addBusinessMinutes(starved, at('2026-01-01T00:00:00Z'), 1)).toThrow(
      /no working time for 3660 days/,
    );
  });
});

describe('businessMsBetween', () => {
  it('is 0 when the end is not after the start', () => {
    const t = at('2026-01-12T07:00:00Z');
    expect(businessMsBetween(moscow, t, t)).toBe(0);
    expect(businessMsBetween(moscow, t, t - 3_600_000)).toBe(0);
  });

  it('counts only working time, across lunch, nights and a weekend', () => {
    // Fri 17:30 → Mon 09:45 = 30 + 45 minutes.
    expect(
      businessMinutesBetween(moscow, at('2026-01-16T14:30:00Z'), at('2026-01-19T06:45:00Z')),
    ).toBe(75);
    // Mon 12:00 → 15:00 = 1 h + 1 h (lunch excluded).
    expect(businessMsBetween(moscow, at('2026-01-12T09:00:00Z'), at('2026-01-12T12:00:00Z'))).toBe(
      7_200_000,
    );
    // A whole working week: 5 × 8 h.
    expect(
      businessMinutesBetween(moscow, at('2026-01-11T21:00:00Z'), at('2026-01-16T21:00:00Z')),
    ).toBe(2400);
  });
});
