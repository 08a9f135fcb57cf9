import { isValidTimeZone, offsetAt, wallTimeToInstant } from './time-zone';

const HOUR = 3_600_000;
const wall = (y: number, mo: number, d: number, h: number, mi = 0): number =>
  Date.UTC(y, mo - 1, d, h, mi);
const instantOf = (zone: string, w: number): string =>
  new Date(wallTimeToInstant(zone, w)).toISOString();

describe('offsetAt', () => {
  it('reads offsets from Intl, including Moscow before and after its 2014 change', () => {
    expect(offsetAt('Europe/Moscow', Date.parse('2026-06-01T00:00:00Z'))).toBe(3 * HOUR);
    expect(offsetAt('Europe/Moscow', Date.parse('2013-06-01T00:00:00Z'))).toBe(4 * HOUR);
    expect(offsetAt('America/New_York', Date.parse('2026-01-15T12:00:00Z'))).toBe(-5 * HOUR);
    expect(offsetAt('America/New_York', Date.parse('2026-07-15T12:00:00Z'))).toBe(-4 * HOUR);
    expect(offsetAt('Asia/Kathmandu', Date.parse('2026-01-15T12:00:00Z'))).toBe(5.75 * HOUR);
  });

  it('works for instants that are not whole seconds', () => {
    expect(offsetAt('Asia/Krasnoyarsk', Date.parse('2026-01-15T12:00:00.999Z'))).toBe(7 * HOUR);
  });
});

describe('wallTimeToInstant', () => {
  it('converts ordinary wall times', () => {
    expect(instantOf('Europe/Moscow', wall(2026, 1, 5, 9))).toBe('2026-01-05T06:00:00.000Z');
    expect(instantOf('Asia/Barnaul', wall(2026, 1, 5, 9))).toBe('2026-01-05T02:00:00.000Z');
    expect(instantOf('Asia/Kathmandu', wall(2026, 1, 5, 9))).toBe('2026-01-05T03:15:00.000Z');
    expect(instantOf('America/New_York', wall(2026, 7, 1, 9))).toBe('2026-07-01T13:00:00.000Z');
  });

  it('shifts a time inside a spring-forward gap forward by the gap (New York, 14 Mar 2027)', () => {
    expect(instantOf('America/New_York', wall(2027, 3, 14, 1, 59))).toBe(
      '2027-03-14T06:59:00.000Z',
    );
    // 02:30 does not exist; it is read as 03:30 EDT, the same instant as 03:30 itself.
    expect(instantOf('America/New_York', wall(2027, 3, 14, 2, 30))).toBe(
      '2027-03-14T07:30:00.000Z',
    );
    expect(instantOf('America/New_York', wall(2027, 3, 14, 3, 30))).toBe(
      '2027-03-14T07:30:00.000Z',
    );
  });

  it('takes the earlier instant of an ambiguous time (New York, 1 Nov 2026)', () => {
    expect(instantOf('America/New_York', wall(2026, 11, 1, 0, 59))).toBe(
      '2026-11-01T04:59:00.000Z',
    );
    expect(instantOf('America/New_York', wall(2026, 11, 1, 1, 30))).toBe(
      '2026-11-01T05:30:00.000Z',
    );
    expect(instantOf('America/New_York', wall(2026, 11, 1, 2, 0))).toBe('2026-11-01T07:00:00.000Z');
  });

  it('knows what Intl knows about Moscow: the 2011 gap and the 2014 overlap', () => {
    // 27 Mar 2011 02:00 → 03:00 (+3 → +4): 02:30 is read as 03:30 +04.
    expect(instantOf('Europe/Moscow', wall(2011, 3, 27, 2, 30))).toBe('2011-03-26T23:30:00.000Z');
    // 26 Oct 2014 02:00 → 01:00 (+4 → +3): 01:30 happened twice; the +04 one comes first.
    expect(instantOf('Europe/Moscow', wall(2014, 10, 26, 1, 30))).toBe('2014-10-25T21:30:00.000Z');
    expect(instantOf('Europe/Moscow', wall(2014, 10, 26, 2, 0))).toBe('2014-10-25T23:00:00.000Z');
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA zones and rejects unknown names', () => {
    expect(isValidTimeZone('Asia/Barnaul')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
