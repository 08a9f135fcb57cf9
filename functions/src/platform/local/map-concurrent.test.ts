import { mapConcurrent } from './map-concurrent';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('mapConcurrent', () => {
  it('keeps input order and never exceeds the limit', async () => {
    let inFlight = 0;
    let peak = 0;
    const results = await mapConcurrent([5, 1, 4, 2, 3, 0], 2, async (n) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      for (let i = 0; i < n; i++) await tick();
      inFlight--;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30, 0]);
    expect(peak).toBe(2);
  });

  it('rejects with the first failure and starts no new work after it', async () => {
    const started: number[] = [];
    await expect(
      mapConcurrent([1, 2, 3, 4, 5], 1, async (n) => {
        started.push(n);
        if (n === 2) throw new Error('boom on 2');
        return n;
      }),
    ).rejects.toThrow('boom on 2');
    expect(started).toEqual([1, 2]);
  });

  it('handles an empty list and refuses a bad limit', async () => {
    await expect(mapConcurrent([], 4, async (n: number) => n)).resolves.toEqual([]);
    await expect(mapConcurrent([1], 0, async (n) => n)).rejects.toThrow(RangeError);
  });
});
