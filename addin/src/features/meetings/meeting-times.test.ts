import { localParts, searchWindow, slotToRecurrence, timeZoneChoices } from './meeting-times';

describe('localParts', () => {
  it('reads an instant on the given zone’s clock, not the runtime’s', () => {
    // 07:00 UTC on Tuesday 3 March 2026 is 10:00 in Moscow and 02:00 in New York.
    expect(localParts('2026-03-03T07:00:00.000Z', 'Europe/Moscow')).toEqual({
      date: '2026-03-03',
      weekday: 2,
      time: '10:00',
    });
    expect(localParts('2026-03-03T07:00:00.000Z', 'America/New_York')).toEqual({
      date: '2026-03-03',
      weekday: 2,
      time: '02:00',
    });
  });

  it('crosses the date line when the zone is far east (Sunday in Moscow, Monday in Auckland)', () => {
    expect(localParts('2026-03-08T20:30:00.000Z', 'Pacific/Auckland')).toEqual({
      date: '2026-03-09',
      weekday: 1,
      time: '09:30',
    });
  });
});

describe('slotToRecurrence', () => {
  it('turns a picked slot into weekday, local time and first date in the meeting zone', () => {
    expect(slotToRecurrence('2026-03-05T11:30:00.000Z', 'Europe/Moscow')).toEqual({
      weekdays: [4],
      localTime: '14:30',
      startDate: '2026-03-05',
    });
  });
});

describe('searchWindow', () => {
  it('spans whole local days from midnight in the meeting zone', () => {
    expect(searchWindow('2026-03-03', 'Europe/Moscow', 7)).toEqual({
      from: '2026-03-02T21:00:00.000Z',
      to: '2026-03-09T21:00:00.000Z',
    });
  });

  it('follows a daylight-saving change inside the window (New York springs forward 8 March)', () => {
    expect(searchWindow('2026-03-02', 'America/New_York', 7)).toEqual({
      from: '2026-03-02T05:00:00.000Z',
      to: '2026-03-09T04:00:00.000Z',
    });
  });
});

describe('timeZoneChoices', () => {
  it('puts the given zones first and lists each zone once', () => {
    const zones = timeZoneChoices(['Europe/Moscow', 'Asia/Barnaul']);
    expect(zones.slice(0, 2)).toEqual(['Europe/Moscow', 'Asia/Barnaul']);
    expect(zones.filter((z) => z === 'Europe/Moscow')).toHaveLength(1);
    expect(zones.length).toBeGreaterThan(100);
  });
});
