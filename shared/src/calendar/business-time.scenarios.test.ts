/**
 * Due instants a person can check with a wall calendar. Russian offices work Mon–Fri
 * 09:00–13:00 and 14:00–18:00 with Russian public holidays; New York works 09:00–17:00.
 * Moscow is UTC+3, Krasnoyarsk and Barnaul UTC+7.
 */
import { addBusinessMinutes, businessMinutesBetween } from './business-time';
import { at, barnaul, iso, krasnoyarsk, moscow, newYork, russianOffice } from './test-calendars';

const due = (...args: Parameters<typeof addBusinessMinutes>): string =>
  iso(addBusinessMinutes(...args));

describe('requests created outside working hours start counting at the next opening', () => {
  it('at night: Tue 02:00 + 1 h → Tue 10:00', () => {
    expect(due(moscow, at('2025-11-17T23:00:00Z'), 60)).toBe('2025-11-18T07:00:00.000Z');
  });

  it('on a weekend: Sun 15:00 + 30 min → Mon 09:30', () => {
    expect(due(moscow, at('2025-11-16T12:00:00Z'), 30)).toBe('2025-11-17T06:30:00.000Z');
  });

  it('at lunch: Mon 13:20 + 30 min → Mon 14:30', () => {
    expect(due(moscow, at('2025-11-17T10:20:00Z'), 30)).toBe('2025-11-17T11:30:00.000Z');
  });
});

describe('the Russian New Year holidays', () => {
  const created = at('2026-12-30T13:00:00Z'); // Wed 30 Dec 2026, 16:00 Moscow

  it('with date-holidays alone (1–8 Jan 2027 off, 31 Dec a working day): due Mon 11 Jan 16:00', () => {
    // 30 Dec 2 h + 31 Dec 8 h + 11 Jan 6 h = 16 h.
    const dueAt = addBusinessMinutes(moscow, created, 16 * 60);
    expect(iso(dueAt)).toBe('2027-01-11T13:00:00.000Z');
    expect(businessMinutesBetween(moscow, created, dueAt)).toBe(960);
  });

  it('with 31 Dec 2026 a day off by decree (an override): due Tue 12 Jan 16:00', () => {
    const decreed = russianOffice('moscow-2026', 'Europe/Moscow', [
      { date: '2026-12-31', kind: 'day-off', name: 'Moved from Sunday 4 January' },
    ]);
    // 30 Dec 2 h + 11 Jan 8 h + 12 Jan 6 h = 16 h.
    expect(due(decreed, created, 16 * 60)).toBe('2027-01-12T13:00:00.000Z');
  });
});

describe('moved working days and company days off', () => {
  const fridayFivePm = at('2025-10-31T14:00:00Z'); // Fri 31 Oct 2025, 17:00 Moscow
  const decreed = russianOffice('moscow-2025', 'Europe/Moscow', [
    { date: '2025-11-01', kind: 'working-day', name: 'Moved from Monday 3 November' },
    { date: '2025-11-03', kind: 'day-off', name: 'Moved to Saturday 1 November' },
  ]);

  it('counts a working Saturday: Fri 17:00 + 2 h → Sat 10:00', () => {
    expect(due(decreed, fridayFivePm, 120)).toBe('2025-11-01T07:00:00.000Z');
    // Without the override the Saturday is a weekend day.
    expect(due(moscow, fridayFivePm, 120)).toBe('2025-11-03T07:00:00.000Z');
  });

  it('skips the moved Monday and the 4 November holiday: Fri 17:00 + 10 h → Wed 10:00', () => {
    // Fri 1 h + Sat 8 h + Wed 5 Nov 1 h.
    expect(due(decreed, fridayFivePm, 600)).toBe('2025-11-05T07:00:00.000Z');
  });

  it('does not count a company day off: Thu 17:00 + 2 h → Mon 10:00', () => {
    const companyDay = russianOffice('moscow-company-day', 'Europe/Moscow', [
      { date: '2025-11-14', kind: 'day-off', name: 'Company day' },
    ]);
    const thursdayFivePm = at('2025-11-13T14:00:00Z');
    expect(due(companyDay, thursdayFivePm, 120)).toBe('2025-11-17T07:00:00.000Z');
    expect(due(moscow, thursdayFivePm, 120)).toBe('2025-11-14T07:00:00.000Z');
  });
});

describe('America/New_York across DST (hours stay 09:00–17:00 local)', () => {
  it('fall back, 1 Nov 2026: Fri 16:00 EDT + 2 h → Mon 10:00 EST', () => {
    expect(due(newYork, at('2026-10-30T20:00:00Z'), 120)).toBe('2026-11-02T15:00:00.000Z');
  });

  it('fall back over three working days: Thu 09:00 EDT + 24 h → Mon 17:00 EST', () => {
    expect(due(newYork, at('2026-10-29T13:00:00Z'), 24 * 60)).toBe('2026-11-02T22:00:00.000Z');
  });

  it('spring forward, 14 Mar 2027: Fri 16:30 EST + 1 h → Mon 09:30 EDT', () => {
    expect(due(newYork, at('2027-03-12T21:30:00Z'), 60)).toBe('2027-03-15T13:30:00.000Z');
  });

  it('counts 16 h from Fri 09:00 EST to Mon 17:00 EDT', () => {
    expect(
      businessMinutesBetween(newYork, at('2027-03-12T14:00:00Z'), at('2027-03-15T21:00:00Z')),
    ).toBe(960);
  });
});

describe('Krasnoyarsk and Barnaul (UTC+7) against Moscow (UTC+3)', () => {
  it('give the same local due time, 4 hours earlier in UTC', () => {
    // Fri 14 Nov 2025 17:40 local + 4 h → Mon 17 Nov 12:40 local.
    expect(due(moscow, at('2025-11-14T14:40:00Z'), 240)).toBe('2025-11-17T09:40:00.000Z');
    expect(due(krasnoyarsk, at('2025-11-14T10:40:00Z'), 240)).toBe('2025-11-17T05:40:00.000Z');
    expect(due(barnaul, at('2025-11-14T10:40:00Z'), 240)).toBe('2025-11-17T05:40:00.000Z');
  });

  it('open their offices 4 hours earlier in UTC', () => {
    expect(krasnoyarsk.workingIntervalsOn('2025-11-17')).toEqual([
      [at('2025-11-17T02:00:00Z'), at('2025-11-17T06:00:00Z')],
      [at('2025-11-17T07:00:00Z'), at('2025-11-17T11:00:00Z')],
    ]);
    expect(barnaul.workingIntervalsOn('2025-11-17')).toEqual(
      krasnoyarsk.workingIntervalsOn('2025-11-17'),
    );
    expect(moscow.workingIntervalsOn('2025-11-17')[0]).toEqual([
      at('2025-11-17T06:00:00Z'),
      at('2025-11-17T10:00:00Z'),
    ]);
  });
});
