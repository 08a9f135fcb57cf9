/**
 * `npm run bench [-- filter...]`: runs every discovered benchmark (or those whose name contains a
 * filter), prints a table, and merges the figures into test/bench/results.json. Exits non-zero on
 * a correctness failure or a harness error; a missed goal is reported but does not fail the run,
 * because timings depend on the machine while wrong answers never do.
 */
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { Figure } from './bench-types';
import { findBenchFiles, loadBenchmarks, selectBenchmarks } from './discover';
import { checkGoals, figureProblems } from './goals';
import { mergeResults, readResults, writeResults } from './results-file';
import { formatTable } from './table';

const resultsPath = join(__dirname, '..', 'results.json');

async function main(filters: readonly string[]): Promise<number> {
  const started = performance.now();
  const selected = selectBenchmarks(loadBenchmarks(findBenchFiles(__dirname)), filters);
  const figures: Figure[] = [];
  const failures: string[] = [];
  for (const bench of selected) {
    console.log(`\n▶ ${bench.name}: ${bench.description}`);
    const t0 = performance.now();
    try {
      const outcome = await bench.run();
      const own = [...outcome.figures, ...checkGoals(outcome.figures, bench.goals)];
      own.push({
        name: `${bench.name}.wall_seconds`,
        value: round((performance.now() - t0) / 1000),
        unit: 's',
      });
      failures.push(...outcome.failures.map((f) => `${bench.name}: ${f}`));
      failures.push(...figureProblems(bench.name, own).map((p) => `${bench.name}: harness: ${p}`));
      figures.push(...own);
      console.log(formatTable(own));
    } catch (err) {
      failures.push(
        `${bench.name}: crashed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      );
    }
  }
  const meta: Figure[] = [
    { name: 'meta.timestamp', value: Date.now(), unit: 'epoch_ms' },
    { name: 'meta.cpu_count', value: cpus().length, unit: 'count' },
    {
      name: 'meta.node_major',
      value: Number(process.versions.node.split('.')[0]),
      unit: 'version',
    },
    { name: 'meta.total_seconds', value: round((performance.now() - started) / 1000), unit: 's' },
  ];
  const ran = selected.map((b) => b.name);
  writeResults(resultsPath, mergeResults(readResults(resultsPath), [...meta, ...figures], ran));
  console.log(`\nwrote ${resultsPath} (${ran.join(', ')})`);
  for (const failure of failures) console.error(`✗ ${failure}`);
  return failures.length === 0 ? 0 : 1;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 2;
  },
);
