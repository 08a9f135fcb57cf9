import { slaBenchCalendars } from './sla-calendars';
import {
  makePeerCalendar,
  peerDue,
  peerHolidays,
  toPeerWorkingHours,
  usePeerCalendar,
} from './sla-peer';

const [moscow, , barnaul, newYork] = slaBenchCalendars;
if (!moscow || !barnaul || !newYork) throw new Error('bench calendars changed');

describe('moment-business-time configuration', () => {
  it('maps ISO weekdays to moment days, Sunday first, with days off as null', () => {
    expect(toPeerWorkingHours(barnaul.week)).toEqual({
      0: null,
      1: ['08:00:00', '12:00:00', '12:45:00', '17:00:00'],
      2: ['08:00:00', '12:00:00', '12:45:00', '17:00:00'],
      3: ['08:00:00', '12:00:00', '12:45:00', '17:00:00'],
      4: ['08:00:00', '12:00:00', '12:45:00', '17:00:00'],
      5: ['08:00:00', '12:00:00', '12:45:00', '17:00:00'],
      6: null,
    });
  });

  it('expands multi-day holiday entries (Russian New Year break) and keeps to the window', () => {
    const ru = peerHolidays({ country: 'RU' }, '2026-12-01', '2027-02-28');
    expect(ru).toEqual([
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
      '2027-01-04',
      '2027-01-05',
      '2027-01-06',
      '2027-01-07',
      '2027-01-08',
      '2027-02-23',
    ]);
    expect(peerHolidays({ country: 'US' }, '2026-07-01', '2026-07-31')).toEqual([
      '2026-07-03',
      '2026-07-04',
    ]);
  });
});

describe('peerDue (moment-business-time in the calendar zone)', () => {
  const due = (
    spec: typeof moscow,
    local: string,
    minutes: number,
    holidays: string[] = [],
  ): string => {
    const peer = makePeerCalendar(spec, holidays);
    usePeerCalendar(peer);
    const offset =
      spec.timeZone === 'Europe/Moscow'
        ? '+03:00'
        : spec.timeZone === 'Asia/Barnaul'
          ? '+07:00'
          : '';
    return new Date(peerDue(peer, Date.parse(local + offset), minutes)).toISOString();
  };

  it('Friday 17:40 Moscow + 4 business hours is Monday 12:40 Moscow', () => {
    expect(due(moscow, '2026-11-27T17:40:00', 240)).toBe('2026-11-30T09:40:00.000Z');
  });

  it('work that completes at closing is due at closing (Friday 18:00), not at the next opening', () => {
    expect(due(moscow, '2026-11-27T17:00:00', 60)).toBe('2026-11-27T15:00:00.000Z');
    expect(due(barnaul, '2026-11-27T11:00:00', 60)).toBe('2026-11-27T05:00:00.000Z');
  });

  it('a start exactly at closing counts from the next opening', () => {
    expect(due(moscow, '2026-11-27T18:00:00', 1)).toBe('2026-11-30T06:01:00.000Z');
  });

  it('carries the sub-minute rest over the lunch break to the millisecond', () => {
    // 59:59.750 before Barnaul's 12:00 lunch, the last 0.250 s after it ends at 12:45.
    expect(due(barnaul, '2026-11-27T11:00:00.250', 60)).toBe('2026-11-27T05:45:00.250Z');
  });

  it('skips the holidays it is given', () => {
    const ru = peerHolidays({ country: 'RU' }, '2026-12-01', '2027-02-28');
    expect(due(moscow, '2026-12-31T17:00:00', 120, ru)).toBe('2027-01-11T07:00:00.000Z');
  });

  it('follows New York across the end of daylight saving time', () => {
    // Friday 16:00 EDT (UTC-4) + 2 h: 1 h on Friday, 1 h on Monday from 09:00 EST (UTC-5).
    expect(due(newYork, '2026-10-30T20:00:00Z', 120)).toBe('2026-11-02T15:00:00.000Z');
  });
});
