import { instantToLocal, localToInstant } from './zoned-time';

describe('localToInstant', () => {
  it('reads the wall time in the zone given, not in the machine’s', () => {
    expect(localToInstant('2026-03-05T18:00', 'Europe/Moscow')).toBe('2026-03-05T15:00:00.000Z');
    expect(localToInstant('2026-03-05T18:00', 'Asia/Krasnoyarsk')).toBe('2026-03-05T11:00:00.000Z');
  });

  it('follows summer time on both sides of the change', () => {
    expect(localToInstant('2026-03-28T12:00', 'Europe/Berlin')).toBe('2026-03-28T11:00:00.000Z');
    expect(localToInstant('2026-03-29T12:00', 'Europe/Berlin')).toBe('2026-03-29T10:00:00.000Z');
    // 02:30 does not exist that night in Berlin; it is read with the winter offset.
    expect(localToInstant('2026-03-29T02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('refuses what is not a complete local date-time', () => {
    expect(localToInstant('', 'Europe/Moscow')).toBeNull();
    expect(localToInstant('2026-03-05', 'Europe/Moscow')).toBeNull();
    expect(localToInstant('2026-03-05T18:00Z', 'Europe/Moscow')).toBeNull();
  });
});

describe('instantToLocal', () => {
  it('is the inverse of localToInstant', () => {
    const at = Date.parse('2026-10-25T00:30:00Z');
    expect(instantToLocal(at, 'Europe/Berlin')).toBe('2026-10-25T02:30');
    expect(instantToLocal(at, 'Asia/Barnaul')).toBe('2026-10-25T07:30');
    for (const zone of ['Europe/Moscow', 'Asia/Krasnoyarsk', 'America/New_York']) {
      expect(localToInstant(instantToLocal(at, zone), zone)).toBe('2026-10-25T00:30:00.000Z');
    }
  });
});
