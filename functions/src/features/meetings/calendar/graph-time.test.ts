import { graphDateTimeOf, ianaOfGraphZone, instantOfGraphDateTime } from './graph-time';

describe('Graph dateTimeTimeZone', () => {
  it('reads seven-digit local times in Windows zones, daylight saving included', () => {
    const eastern = (dateTime: string) =>
      instantOfGraphDateTime({ dateTime, timeZone: 'Eastern Standard Time' });
    expect(eastern('2026-03-03T10:00:00.0000000')).toBe(Date.parse('2026-03-03T15:00:00Z'));
    expect(eastern('2026-03-10T10:00:00.0000000')).toBe(Date.parse('2026-03-10T14:00:00Z'));
    expect(
      instantOfGraphDateTime({
        dateTime: '2026-03-03T10:00:00.5',
        timeZone: 'Russian Standard Time',
      }),
    ).toBe(Date.parse('2026-03-03T07:00:00.500Z'));
    expect(instantOfGraphDateTime({ dateTime: '2026-03-03T10:00:00', timeZone: 'UTC' })).toBe(
      Date.parse('2026-03-03T10:00:00Z'),
    );
  });

  it('writes local time with the Windows name, and refuses zones it cannot place', () => {
    expect(graphDateTimeOf(Date.parse('2026-07-01T12:00:00Z'), 'America/New_York')).toEqual({
      dateTime: '2026-07-01T08:00:00',
      timeZone: 'Eastern Standard Time',
    });
    expect(ianaOfGraphZone('Russian Standard Time')).toBe('Europe/Moscow');
    expect(() =>
      instantOfGraphDateTime({ dateTime: '2026-03-03T10:00:00', timeZone: 'Mars Time' }),
    ).toThrow(RangeError);
    expect(() => instantOfGraphDateTime({ dateTime: '2026-03-03 10:00', timeZone: 'UTC' })).toThrow(
      RangeError,
    );
  });
});
