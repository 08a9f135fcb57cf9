import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isBenchmark, type Benchmark } from './bench-types';

/** Compiled benchmark modules under `dir`, in a stable (sorted path) order. */
export function findBenchFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findBenchFiles(path));
    else if (entry.name.endsWith('.bench.js')) found.push(path);
  }
  return found.sort();
}

/** Loads each module; one without a valid `benchmark` export is a harness error, not a skip. */
export function loadBenchmarks(files: readonly string[]): Benchmark[] {
  return files.map((file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- modules found at run time
    const exported: unknown = (require(file) as Record<string, unknown>)['benchmark'];
    if (!isBenchmark(exported)) throw new Error(`${file} does not export a valid \`benchmark\``);
    return exported;
  });
}

/**
 * Command-line filters select benchmarks whose name contains any of them (`sla` selects
 * `sla.due`); no filter selects all. A filter matching nothing is an error so typos are loud.
 */
export function selectBenchmarks(
  all: readonly Benchmark[],
  filters: readonly string[],
): Benchmark[] {
  if (filters.length === 0) return [...all];
  const unmatched = filters.filter((f) => !all.some((b) => b.name.includes(f)));
  if (unmatched.length > 0) {
    const known = all.map((b) => b.name).join(', ');
    throw new Error(`no benchmark matches ${unmatched.join(', ')} (known: ${known})`);
  }
  return all.filter((b) => filters.some((f) => b.name.includes(f)));
}
