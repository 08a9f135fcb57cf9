/**
 * The interface every benchmark module implements. The runner discovers files named
 * `*.bench.ts` (compiled into `dist/`) that export `benchmark: Benchmark`, so a new
 * benchmark plugs in without touching the runner.
 */

/** One measured or derived number; `name` is dotted and stable so results can be compared. */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

/** A target for one figure; the runner reports `<figure>.goal_met` as 1 or 0. */
export interface Goal {
  readonly figure: string;
  readonly op: '>=' | '<=';
  readonly target: number;
}

export interface BenchOutcome {
  readonly figures: readonly Figure[];
  /** Correctness failures (answers that disagree); any entry makes the run exit non-zero. */
  readonly failures: readonly string[];
}

export interface Benchmark {
  /** Dotted prefix of every figure it reports (e.g. "sla.due"); the command-line filter matches it. */
  readonly name: string;
  readonly description: string;
  readonly goals: readonly Goal[];
  run(): Promise<BenchOutcome>;
}

export function isBenchmark(value: unknown): value is Benchmark {
  if (typeof value !== 'object' || value === null) return false;
  const b = value as Record<string, unknown>;
  return (
    typeof b['name'] === 'string' &&
    typeof b['description'] === 'string' &&
    Array.isArray(b['goals']) &&
    typeof b['run'] === 'function'
  );
}
