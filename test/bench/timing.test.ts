import { median, perSecond } from './timing';
import { makeRandom, randomInt } from './prng';

describe('timing helpers', () => {
  it('median of odd and even counts, unsorted input', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow('median of no values');
  });

  it('operations per second', () => {
    expect(perSecond(100_000, 50)).toBe(2_000_000);
  });
});

describe('seeded random', () => {
  it('repeats for a seed and stays in range', () => {
    const a = makeRandom(7);
    const b = makeRandom(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const r = makeRandom(1);
    const ints = new Set(Array.from({ length: 1000 }, () => randomInt(r, 1, 3)));
    expect([...ints].sort()).toEqual([1, 2, 3]);
  });
});
