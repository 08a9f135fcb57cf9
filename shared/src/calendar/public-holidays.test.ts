import { formatLocalDate, parseLocalDate } from './local-date';
import { holidaySourceProblem, publicHolidaysOf } from './public-holidays';
import { compileCalendar } from './compile-calendar';
import { officeHours, russianOffice, weekdays } from './test-calendars';

function holidaysIn(country: string, year: number): string[] {
  const holidays = publicHolidaysOf({ country });
  const first = parseLocalDate(`${year}-01-01`);
  const last = parseLocalDate(`${year}-12-31`);
  const dates: string[] = [];
  for (let day = first; day <= last; day += 1) {
    if (holidays.isHoliday(day)) dates.push(formatLocalDate(day));
  }
  return dates;
}

const newYearHolidays = (year: number): string[] =>
  [1, 2, 3, 4, 5, 6, 7, 8].map((d) => `${year}-01-0${d}`);

describe('Russian public holidays as date-holidays 3.x knows them', () => {
  it('2025: 1–8 January and the fixed holidays, nothing else', () => {
    expect(holidaysIn('RU', 2025)).toEqual([
      ...newYearHolidays(2025),
      '2025-02-23',
      '2025-03-08',
      '2025-05-01',
      '2025-05-09',
      '2025-06-12',
      '2025-11-04',
    ]);
  });

  it('2026: also the substitute Monday 9 March for Sunday 8 March', () => {
    expect(holidaysIn('RU', 2026)).toEqual([
      ...newYearHolidays(2026),
      '2026-02-23',
      '2026-03-08',
      '2026-03-09',
      '2026-05-01',
      '2026-05-09',
      '2026-06-12',
      '2026-11-04',
    ]);
  });

  it('2027: 1–8 January and the fixed holidays', () => {
    expect(holidaysIn('RU', 2027)).toEqual([
      ...newYearHolidays(2027),
      '2027-02-23',
      '2027-03-08',
      '2027-05-01',
      '2027-05-09',
      '2027-06-12',
      '2027-11-04',
    ]);
  });

  it('does NOT know days moved by government decree: calendars need overrides for them', () => {
    // Each year a government decree moves some days off. Among them: Saturday 2025-11-01 was a
    // working day and Monday 2025-11-03 a day off; 2025-05-02, 2025-12-31, 2026-01-09 and
    // 2026-12-31 were days off. The package treats all of them as ordinary days.
    const plain = russianOffice('plain', 'Europe/Moscow');
    expect(plain.isWorkingDay('2025-11-01')).toBe(false);
    for (const date of ['2025-11-03', '2025-05-02', '2025-12-31', '2026-01-09', '2026-12-31']) {
      expect(plain.isWorkingDay(date)).toBe(true);
    }
    const decreed = russianOffice('decreed', 'Europe/Moscow', [
      { date: '2025-11-01', kind: 'working-day' },
      ...['2025-11-03', '2025-05-02', '2025-12-31', '2026-01-09', '2026-12-31'].map(
        (date) => ({ date, kind: 'day-off' }) as const,
      ),
    ]);
    expect(decreed.isWorkingDay('2025-11-01')).toBe(true);
    for (const date of ['2025-11-03', '2025-05-02', '2025-12-31', '2026-01-09', '2026-12-31']) {
      expect(decreed.isWorkingDay(date)).toBe(false);
    }
  });

  it('applies the same local dates in every Russian zone', () => {
    const krasnoyarsk = russianOffice('krs', 'Asia/Krasnoyarsk');
    expect(krasnoyarsk.isWorkingDay('2026-06-12')).toBe(false);
    expect(krasnoyarsk.isWorkingDay('2026-06-11')).toBe(true);
  });
});

describe('holiday types', () => {
  it('counts only public holidays: observance and optional days stay working days', () => {
    const us = compileCalendar({
      id: 'us',
      name: 'US',
      timeZone: 'America/New_York',
      week: weekdays(officeHours),
      holidays: { country: 'US' },
    });
    expect(us.isWorkingDay('2026-11-26')).toBe(false); // Thanksgiving, public
    expect(us.isWorkingDay('2026-04-15')).toBe(true); // Tax Day, observance
    expect(us.isWorkingDay('2026-12-24')).toBe(true); // Christmas Eve, optional
  });

  it('caches one source per country/state/region', () => {
    expect(publicHolidaysOf({ country: 'RU' })).toBe(publicHolidaysOf({ country: 'RU' }));
    expect(publicHolidaysOf({ country: 'US', state: 'NY' })).not.toBe(
      publicHolidaysOf({ country: 'US' }),
    );
    expect(
      publicHolidaysOf({ country: 'US', state: 'NY' }).isHoliday(parseLocalDate('2026-02-12')),
    ).toBe(true);
    expect(publicHolidaysOf({ country: 'US' }).isHoliday(parseLocalDate('2026-02-12'))).toBe(false);
  });
});

describe('holidaySourceProblem', () => {
  it('explains sources date-holidays cannot serve', () => {
    expect(holidaySourceProblem({ country: 'RU' })).toBeUndefined();
    expect(holidaySourceProblem({ country: 'US', state: 'LA', region: 'NO' })).toBeUndefined();
    expect(holidaySourceProblem({ country: 'XX' })).toMatch(/country "XX"/);
    expect(holidaySourceProblem({ country: 'US', state: 'ZZ' })).toMatch(/state "ZZ"/);
    expect(holidaySourceProblem({ country: 'US', state: 'LA', region: 'ZZ' })).toMatch(/region/);
    expect(holidaySourceProblem({ country: 'US', region: 'NO' })).toMatch(/needs a state/);
  });
});
