/**
 * The Russian official calendar (Labour Code art. 112 and the yearly decrees) as a business
 * calendar with `officialMoves`, checked day by day against the official production calendar.
 */
import { addBusinessMinutes } from './business-time';
import { compileCalendar } from './compile-calendar';
import { formatLocalDate, isoWeekdayOf, parseLocalDate } from './local-date';
import { holidaySourceProblem } from './public-holidays';
import { ruOfficialYear } from './ru-official-days';
import { at, iso, moscow, officeHours, weekdays } from './test-calendars';
import type { CalendarOverride } from '../sla/types';

const official = (overrides: readonly CalendarOverride[] = [], state?: string) =>
  compileCalendar({
    id: 'moscow-official',
    name: 'Moscow, official calendar',
    timeZone: 'Europe/Moscow',
    week: weekdays(officeHours),
    holidays: { country: 'RU', officialMoves: true, ...(state ? { state } : {}) },
    overrides,
  });
const ru = official();

function datesOf(year: number): string[] {
  const dates: string[] = [];
  for (let day = parseLocalDate(`${year}-01-01`); day <= parseLocalDate(`${year}-12-31`); day++) {
    dates.push(formatLocalDate(day));
  }
  return dates;
}

const workingDaysPerMonth = (year: number): number[] => {
  const counts = Array<number>(12).fill(0);
  for (const date of datesOf(year)) {
    const month = Number(date.slice(5, 7)) - 1;
    if (ru.isWorkingDay(date)) counts[month] = (counts[month] ?? 0) + 1;
  }
  return counts;
};

describe('2026, day by day, against the production calendar (decree of 24.09.2025 № 1466)', () => {
  // The weekdays that are not working days; no weekend day is a working day in 2026.
  const weekdaysOff = new Set([
    ...['01', '02', '05', '06', '07', '08', '09'].map((d) => `2026-01-${d}`), // 9th moved from Sat 3rd
    '2026-02-23',
    '2026-03-09', // Sunday 8 March, art. 112
    '2026-05-01',
    '2026-05-11', // Saturday 9 May, art. 112
    '2026-06-12',
    '2026-11-04',
    '2026-12-31', // moved from Sunday 4 January
  ]);

  it('agrees on every one of the 365 days', () => {
    const wrong = datesOf(2026).filter((date) => {
      const weekday = isoWeekdayOf(parseLocalDate(date));
      return ru.isWorkingDay(date) !== (weekday <= 5 && !weekdaysOff.has(date));
    });
    expect(wrong).toEqual([]);
  });

  it('has the official working days per month, 247 in the year', () => {
    const counts = workingDaysPerMonth(2026);
    expect(counts).toEqual([15, 19, 21, 22, 19, 21, 23, 21, 22, 22, 20, 22]);
    expect(counts.reduce((a, b) => a + b)).toBe(247);
  });

  it('names the days the issue found wrong', () => {
    expect(ru.isWorkingDay('2026-05-11')).toBe(false);
    expect(moscow.isWorkingDay('2026-05-11')).toBe(true); // date-holidays alone
    expect(ru.isWorkingDay('2026-01-09')).toBe(false);
    expect(ru.isWorkingDay('2026-12-31')).toBe(false);
    expect(ru.isWorkingDay('2026-01-12')).toBe(true);
    expect(ru.isWorkingDay('2026-03-10')).toBe(true); // 8 March moves once, not twice
    expect(ru.isWorkingDay('2026-05-08')).toBe(true);
    expect(ru.isWorkingDay('2026-06-15')).toBe(true); // 12 June is a Friday: nothing moves
  });

  it('gives due instants after the moved Monday: Fri 8 May 17:00 + 2 h → Tue 12 May 10:00', () => {
    const fridayFivePm = at('2026-05-08T14:00:00Z');
    expect(iso(addBusinessMinutes(ru, fridayFivePm, 120))).toBe('2026-05-12T07:00:00.000Z');
    expect(iso(addBusinessMinutes(moscow, fridayFivePm, 120))).toBe('2026-05-11T07:00:00.000Z');
  });
});

describe('2025 (decree of 04.10.2024 № 1335)', () => {
  it('has 247 working days', () => {
    expect(workingDaysPerMonth(2025).reduce((a, b) => a + b)).toBe(247);
  });

  it('moves the days the decree names, and the law moves none of them again', () => {
    for (const date of ['2025-05-02', '2025-05-08', '2025-06-13', '2025-11-03', '2025-12-31']) {
      expect([date, ru.isWorkingDay(date)]).toEqual([date, false]);
    }
    // Sunday 23 February and Saturday 8 March went to 8 May and 13 June, not to the Mondays.
    expect(ru.isWorkingDay('2025-02-24')).toBe(true);
    expect(ru.isWorkingDay('2025-03-10')).toBe(true);
  });

  it('works Saturday 1 November with the hours of the Monday it stands for', () => {
    expect(ru.isWorkingDay('2025-11-01')).toBe(true);
    expect(ru.workingIntervalsOn('2025-11-01')).toEqual([
      [at('2025-11-01T06:00:00Z'), at('2025-11-01T10:00:00Z')],
      [at('2025-11-01T11:00:00Z'), at('2025-11-01T15:00:00Z')],
    ]);
  });
});

describe('2024 (decree of 10.08.2023 № 1314)', () => {
  it('has the working Saturdays and the moved days off of the decree', () => {
    for (const date of ['2024-04-27', '2024-11-02', '2024-12-28']) {
      expect([date, ru.isWorkingDay(date)]).toEqual([date, true]);
    }
    for (const date of ['2024-04-29', '2024-04-30', '2024-05-10', '2024-12-30', '2024-12-31']) {
      expect([date, ru.isWorkingDay(date)]).toEqual([date, false]);
    }
  });
});

describe('2027 (no decree yet: the law alone)', () => {
  it('moves the weekend holidays of May and June to the Mondays after them', () => {
    for (const date of ['2027-05-03', '2027-05-10', '2027-06-14']) {
      expect([date, ru.isWorkingDay(date)]).toEqual([date, false]);
    }
    expect(ru.isWorkingDay('2027-05-04')).toBe(true);
  });

  it('does not move the January weekend days: the decree will', () => {
    expect(ru.isWorkingDay('2027-01-11')).toBe(true);
    expect(ruOfficialYear(2027).workingDays.size).toBe(0);
  });
});

describe('the law without a decree', () => {
  it('moves a Saturday holiday to the Monday: 4 November 2023 → 6 November', () => {
    expect(ruOfficialYear(2023).daysOff.has(parseLocalDate('2023-11-06'))).toBe(true);
  });

  it('never moves one of 1–8 January: Sunday 8 January 2023 stays where it falls', () => {
    expect(ruOfficialYear(2023).daysOff.has(parseLocalDate('2023-01-09'))).toBe(false);
  });
});

describe('official moves beside the rest of the calendar', () => {
  it('lets the tenant’s overrides win', () => {
    const tenant = official([
      { date: '2026-05-11', kind: 'working-day' },
      { date: '2026-05-12', kind: 'day-off', name: 'Company day' },
    ]);
    expect(tenant.isWorkingDay('2026-05-11')).toBe(true);
    expect(tenant.isWorkingDay('2026-05-12')).toBe(false);
  });

  it('keeps the regional holidays of date-holidays (Tatarstan, 6 November 2026)', () => {
    const kazan = official([], 'TA');
    expect(kazan.isWorkingDay('2026-11-06')).toBe(false);
    expect(kazan.isWorkingDay('2026-05-11')).toBe(false);
    expect(ru.isWorkingDay('2026-11-06')).toBe(true);
  });

  it('is shipped for Russia only', () => {
    expect(holidaySourceProblem({ country: 'RU', officialMoves: true })).toBeUndefined();
    expect(holidaySourceProblem({ country: 'US', officialMoves: true })).toMatch(
      /No official moved days off are shipped for US/,
    );
  });
});
