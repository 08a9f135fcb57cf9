/**
 * Latency summaries shared by the HTTP and the direct-SDK sides of the `api` benchmark, so both
 * are reduced the same way: nearest-rank percentiles of every completed operation's wall time.
 */
export interface LatencySummary {
  readonly count: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** With a fixed number of operations in flight, the mean follows throughput (Little's law). */
  readonly meanMs: number;
  readonly opsPerSec: number;
}

/** Nearest-rank percentile (no interpolation): always a latency that was actually observed. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) throw new Error('percentile of no values');
  if (!(p > 0 && p <= 100)) throw new Error(`percentile ${p} is not in (0, 100]`);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[rank - 1] as number;
}

export function summarise(latenciesMs: readonly number[], elapsedMs: number): LatencySummary {
  const sorted = Float64Array.from(latenciesMs).sort();
  return {
    count: sorted.length,
    p50Ms: round2(percentile(sorted, 50)),
    p99Ms: round2(percentile(sorted, 99)),
    meanMs: round2(sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length),
    opsPerSec: elapsedMs > 0 ? Math.round((sorted.length * 1000) / elapsedMs) : 0,
  };
}

/** HTTP over SDK; rounded to 0.01 because latencies below 10 µs are noise here. */
export function ratio(http: number, sdk: number): number {
  return sdk > 0 ? round2(http / sdk) : Number.POSITIVE_INFINITY;
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
