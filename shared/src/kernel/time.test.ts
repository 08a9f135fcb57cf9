import { ValidationFailed } from './errors';
import { isoInstantSchema, timeZoneSchema, toIsoInstant } from './time';

describe('instants and zones', () => {
  it('writes instants as ISO UTC with milliseconds', () => {
    expect(toIsoInstant(Date.UTC(2026, 11, 30, 13, 0))).toBe('2026-12-30T13:00:00.000Z');
  });

  it.each([NaN, Infinity, 9e15])('refuses %p as an instant', (value) => {
    expect(() => toIsoInstant(value)).toThrow(ValidationFailed);
  });

  it('accepts only the Z form in documents', () => {
    expect(isoInstantSchema.safeParse('2026-12-30T13:00:00Z').success).toBe(true);
    expect(isoInstantSchema.safeParse('2026-12-30T16:00:00+03:00').success).toBe(false);
    expect(isoInstantSchema.safeParse('2026-12-30').success).toBe(false);
  });

  it('knows IANA zones from Intl', () => {
    const valid = (zone: string) => timeZoneSchema.safeParse(zone).success;
    expect(['Europe/Moscow', 'Asia/Barnaul', 'America/New_York', 'UTC'].every(valid)).toBe(true);
    expect(valid('Moscow')).toBe(false);
    expect(timeZoneSchema.safeParse('').success).toBe(false);
  });
});
