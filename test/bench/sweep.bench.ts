/**
 * The SLA sweep over 10 000 and then 100 000 open requests, of which the same 200 are due each
 * time: its cost should follow the requests due, not the requests open. Each timed pass starts
 * from 200 freshly due copies (the previous pass's, no longer due, are deleted first so the open
 * count stays exact). The sweep's query is timed apart from the rest, because the local server
 * materialises the whole container per query (quadratic in its size; README.md, `sweep`).
 */
import { sweepSla } from '@tandem/functions/dist/use-cases/sweep-sla';
import type { Benchmark, BenchOutcome, Figure } from './bench-types';
import { deleteAll, insertCopies, makeTemplates, seedDirectory } from './sweep-corpus';
import { startSweepStack } from './sweep-stack';
import { median } from './timing';

/** Wednesday 4 March 2026, 11:00 in Moscow: the due copies were raised on Monday at 11:00. */
const sweepAt = Date.parse('2026-03-04T08:00:00Z');
const dueCount = 200;
/** One pass at 100 000: each of its two queries takes about a minute on the local server. */
const plan = [
  { open: 10_000, passes: 3 },
  { open: 100_000, passes: 1 },
] as const;

const round = (n: number) => Math.round(n * 10) / 10;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

async function runSweepBench(): Promise<BenchOutcome> {
  const stack = await startSweepStack(sweepAt);
  try {
    const { deps, requests } = stack;
    await seedDirectory(deps);
    const templates = await makeTemplates(deps, requests, sweepAt);
    const figures: Figure[] = [];
    const failures: string[] = [];
    const totals: number[] = [];
    const rests: number[] = [];
    let inserted = 0;
    let insertMs = 0;
    let dueIds: string[] = [];
    let warm = false;
    for (const { open, passes } of plan) {
      const t0 = performance.now();
      const adding = open - dueCount - inserted;
      await insertCopies(requests, templates.open, adding);
      insertMs += performance.now() - t0;
      inserted += adding;
      const total: number[] = [];
      const query: number[] = [];
      // An uncounted first pass warms the JIT and the directory cache.
      for (let pass = warm ? 1 : 0; pass <= passes; pass++) {
        await deleteAll(requests, dueIds);
        dueIds = await insertCopies(requests, templates.due, dueCount);
        stack.takeQueryMs();
        const s0 = performance.now();
        const report = await sweepSla(deps);
        const ms = performance.now() - s0;
        const queryMs = stack.takeQueryMs();
        if (pass > 0) {
          total.push(ms);
          query.push(queryMs);
        }
        if (report.examined !== dueCount || report.updated !== dueCount) {
          failures.push(`${open} open: ${report.examined} swept, ${report.updated} updated`);
        }
        if (report.escalations === 0) failures.push(`${open} open: the sweep escalated nothing`);
        if (!warm) {
          figures.push({
            name: 'sweep.due_200.notifications',
            value: report.notifications,
            unit: 'count',
          });
        }
        warm = true;
      }
      const [t, q] = [median(total), median(query)];
      totals.push(t);
      rests.push(t - q);
      figures.push(
        { name: `sweep.due_200.open_${open}_ms`, value: round(t), unit: 'ms' },
        { name: `sweep.due_200.open_${open}_query_ms`, value: round(q), unit: 'ms' },
        { name: `sweep.due_200.open_${open}_without_query_ms`, value: round(t - q), unit: 'ms' },
      );
    }
    figures.push(
      { name: 'sweep.ratio_100k_vs_10k', value: ratio(totals[1] ?? 0, totals[0] ?? 1), unit: 'x' },
      {
        name: 'sweep.ratio_100k_vs_10k_without_query',
        value: ratio(rests[1] ?? 0, rests[0] ?? 1),
        unit: 'x',
      },
      {
        name: 'sweep.insert_docs_per_sec',
        value: Math.round((inserted * 1000) / insertMs),
        unit: 'docs/s',
      },
    );
    return { figures, failures };
  } finally {
    await stack.close();
  }
}

export const benchmark: Benchmark = {
  name: 'sweep',
  description: `SLA sweep with ${dueCount} due among ${plan.map((p) => p.open).join(' and ')} open requests`,
  goals: [{ figure: 'sweep.ratio_100k_vs_10k', op: '<=', target: 1.5 }],
  run: runSweepBench,
};
