/**
 * A closed-loop load generator for in-process operations: `concurrency` workers each start the
 * next operation as soon as their previous one ends, until the deadline, the same model as
 * autocannon's connections, so the HTTP and the direct-SDK latencies are comparable.
 */
import { type ThreadCpu, cpuSince, threadCpu } from './api-thread-cpu';

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

/** A load generator's run: the measured part, and, for CPU per operation, the whole run. */
export interface MeasuredRun<R extends LoadResult = LoadResult> {
  readonly measured: R;
  /** Operations started in the warm-up and the measured part together (failed ones too). */
  readonly opsIncludingWarmup: number;
  /** CPU of the generator's own thread over the warm-up and the measured part. */
  readonly thread: ThreadCpu | null;
}

/** Runs `load` for the warm-up (discarded), then for the measured duration. */
export async function withWarmup<R extends LoadResult>(
  load: (seconds: number) => Promise<R>,
  warmupSec: number,
  durationSec: number,
): Promise<MeasuredRun<R>> {
  const start = threadCpu();
  const ops = (r: LoadResult) => r.latenciesMs.length + r.failed;
  const warm = warmupSec > 0 ? ops(await load(warmupSec)) : 0;
  const measured = await load(durationSec);
  return {
    measured,
    opsIncludingWarmup: warm + ops(measured),
    thread: cpuSince(start, threadCpu()),
  };
}
