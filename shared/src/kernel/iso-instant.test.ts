import fc from 'fast-check';
import { formatIsoInstant } from './iso-instant';

const builtin = (instant: number) => new Date(instant).toISOString();

describe('formatIsoInstant', () => {
  it('writes what Date#toISOString writes, over the whole range of Date', () => {
    const anyInstant = fc.integer({ min: -8.64e15, max: 8.64e15 });
    const nearNow = fc.integer({ min: -5e12, max: 5e12 });
    fc.assert(
      fc.property(fc.oneof(anyInstant, nearNow), (instant) => {
        expect(formatIsoInstant(instant)).toBe(builtin(instant));
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    0, -1, 1, 86_399_999, 86_400_000, 951_782_400_000, 951_868_799_999, 4_107_542_400_000,
    253_402_300_799_999, 253_402_300_800_000, -62_167_219_200_000, -62_167_219_200_001, 8.64e15,
    -8.64e15,
  ])('agrees at the edge %p (epoch, leap days, years 0 and 9999)', (instant) => {
    expect(formatIsoInstant(instant)).toBe(builtin(instant));
  });

  it('drops fractions of a millisecond toward zero, as Date does', () => {
    expect(formatIsoInstant(1.9)).toBe(builtin(1.9));
    expect(formatIsoInstant(-1.9)).toBe(builtin(-1.9));
    expect(formatIsoInstant(-0)).toBe('1970-01-01T00:00:00.000Z');
  });
});
