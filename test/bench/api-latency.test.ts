import { percentile, ratio, summarise } from './api-latency';

describe('latency summaries', () => {
  it('takes nearest-rank percentiles of observed values', () => {
    const sorted = Float64Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(() => percentile([], 50)).toThrow('percentile of no values');
    expect(() => percentile([1], 0)).toThrow('not in (0, 100]');
  });

  it('summarises unsorted latencies with throughput over the elapsed time', () => {
    const latencies = [9, 1, 5, 3, 7, 2, 8, 4, 6, 10];
    expect(summarise(latencies, 2000)).toEqual({
      count: 10,
      p50Ms: 5,
      p99Ms: 10,
      meanMs: 5.5,
      opsPerSec: 5,
    });
  });

  it('rounds the HTTP/SDK ratio to hundredths', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(10, 3)).toBe(3.33);
    expect(ratio(1, 0)).toBe(Number.POSITIVE_INFINITY);
  });
});
