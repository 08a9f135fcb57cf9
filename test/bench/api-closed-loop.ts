/**
 * A closed-loop load generator for in-process operations: `concurrency` workers each start the
 * next operation as soon as their previous one ends, until the deadline, the same model as
 * autocannon's connections, so the HTTP and the direct-SDK latencies are comparable.
 */
export interface LoadResult {
  /** Wall time of every operation that succeeded, in milliseconds. */
  readonly latenciesMs: number[];
  readonly failed: number;
  /** The first few failure messages, for the benchmark's failure list. */
  readonly failureSamples: string[];
  readonly elapsedMs: number;
}

export interface ClosedLoopOptions {
  readonly concurrency: number;
  readonly durationMs: number;
}

/** `op` gets a sequence number unique across workers (for rotating ids or unique documents). */
export async function runClosedLoop(
  op: (seq: number) => Promise<unknown>,
  { concurrency, durationMs }: ClosedLoopOptions,
): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  const failureSamples: string[] = [];
  let failed = 0;
  let seq = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        await op(seq++);
        latenciesMs.push(performance.now() - t0);
      } catch (err) {
        failed++;
        if (failureSamples.length < 5) {
          failureSamples.push(err instanceof Error ? err.message : String(err));
        }
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latenciesMs, failed, failureSamples, elapsedMs: performance.now() - started };
}
