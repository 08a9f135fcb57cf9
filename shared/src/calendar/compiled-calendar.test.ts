import { compileCalendar } from './compile-calendar';
import type { CompiledCalendar } from './compiled-calendar';
import { iso, krasnoyarsk, moscow, newYork, newYorkAllDay, russianOffice } from './test-calendars';

const isoIntervals = (cal: CompiledCalendar, localDate: string): string[][] =>
  cal.workingIntervalsOn(localDate).map(([from, to]) => [iso(from), iso(to)]);

describe('CompiledCalendar day kinds', () => {
  it('gives a regular Monday its hours in UTC', () => {
    expect(isoIntervals(moscow, '2026-01-12')).toEqual([
      ['2026-01-12T06:00:00.000Z', '2026-01-12T10:00:00.000Z'],
      ['2026-01-12T11:00:00.000Z', '2026-01-12T15:00:00.000Z'],
    ]);
    expect(moscow.isWorkingDay('2026-01-12')).toBe(true);
  });

  it('has no hours on weekends and public holidays (substitute ones included)', () => {
    for (const date of ['2026-01-10', '2026-01-11', '2026-01-07', '2026-03-09']) {
      expect(moscow.workingIntervalsOn(date)).toEqual([]);
      expect(moscow.isWorkingDay(date)).toBe(false);
    }
  });

  it('lets an override win: a moved working Saturday, hours on a holiday, a company day off', () => {
    const cal = russianOffice('moscow-2025', 'Europe/Moscow', [
      { date: '2025-11-01', kind: 'working-day', name: 'Moved from 3 November' },
      { date: '2026-01-08', kind: 'working-day', hours: [{ start: '10:00', end: '12:00' }] },
      { date: '2026-01-12', kind: 'day-off', name: 'Company day' },
    ]);
    expect(isoIntervals(cal, '2025-11-01')).toEqual([
      ['2025-11-01T06:00:00.000Z', '2025-11-01T10:00:00.000Z'],
      ['2025-11-01T11:00:00.000Z', '2025-11-01T15:00:00.000Z'],
    ]);
    expect(isoIntervals(cal, '2026-01-08')).toEqual([
      ['2026-01-08T07:00:00.000Z', '2026-01-08T09:00:00.000Z'],
    ]);
    expect(cal.isWorkingDay('2026-01-12')).toBe(false);
  });

  it('caches each day: the same frozen list comes back', () => {
    const first = moscow.workingIntervalsOn('2026-02-02');
    expect(moscow.workingIntervalsOn('2026-02-02')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('rejects a malformed local date', () => {
    expect(() => moscow.workingIntervalsOn('2026-13-01')).toThrow(RangeError);
    expect(() => moscow.isWorkingDay('2026-1-5')).toThrow(RangeError);
  });
});

describe('CompiledCalendar local dates', () => {
  it('finds the local date of an instant around local midnight', () => {
    expect(krasnoyarsk.localDateOf(Date.parse('2026-01-04T16:59:59.999Z'))).toBe('2026-01-04');
    expect(krasnoyarsk.localDateOf(Date.parse('2026-01-04T17:00:00.000Z'))).toBe('2026-01-05');
    expect(moscow.localDateOf(Date.parse('2026-01-04T17:00:00.000Z'))).toBe('2026-01-04');
  });

  it('finds it on the New York fall-back day, which lasts 25 hours', () => {
    expect(newYork.localDateOf(Date.parse('2026-11-01T03:59:59.999Z'))).toBe('2026-10-31');
    expect(newYork.localDateOf(Date.parse('2026-11-01T04:00:00.000Z'))).toBe('2026-11-01');
    expect(newYork.localDateOf(Date.parse('2026-11-02T04:59:59.999Z'))).toBe('2026-11-01');
    expect(newYork.localDateOf(Date.parse('2026-11-02T05:00:00.000Z'))).toBe('2026-11-02');
  });
});

describe('CompiledCalendar across DST', () => {
  it('makes a 00:00–24:00 day 23 hours on spring-forward and 25 hours on fall-back', () => {
    expect(isoIntervals(newYorkAllDay, '2027-03-14')).toEqual([
      ['2027-03-14T05:00:00.000Z', '2027-03-15T04:00:00.000Z'],
    ]);
    expect(isoIntervals(newYorkAllDay, '2026-11-01')).toEqual([
      ['2026-11-01T04:00:00.000Z', '2026-11-02T05:00:00.000Z'],
    ]);
  });

  it('drops wall-clock hours that do not exist and counts real hours around a change', () => {
    const sundays = (start: string, end: string): CompiledCalendar =>
      compileCalendar({
        id: `ny-sunday-${start}-${end}`,
        name: 'NY Sunday',
        timeZone: 'America/New_York',
        week: { 7: [{ start, end }] },
      });
    const inGap = sundays('02:00', '03:00');
    expect(inGap.workingIntervalsOn('2027-03-14')).toEqual([]);
    expect(isoIntervals(inGap, '2027-03-21')).toEqual([
      ['2027-03-21T06:00:00.000Z', '2027-03-21T07:00:00.000Z'],
    ]);
    const acrossChange = sundays('01:00', '04:00');
    // 01:00 EST → 04:00 EDT: two real hours.
    expect(isoIntervals(acrossChange, '2027-03-14')).toEqual([
      ['2027-03-14T06:00:00.000Z', '2027-03-14T08:00:00.000Z'],
    ]);
    // 01:00 EDT → 04:00 EST: four real hours.
    expect(isoIntervals(acrossChange, '2026-11-01')).toEqual([
      ['2026-11-01T05:00:00.000Z', '2026-11-01T09:00:00.000Z'],
    ]);
  });
});
