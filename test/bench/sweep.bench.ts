/**
 * The SLA sweep over 10 000 and then 100 000 open requests, of which the same 200 are due each
 * time: its cost should follow the requests due, not the requests open. The open requests are
 * filed in the SLA schedule under minutes of the coming week, as their writes would file them;
 * the clock moves a minute per pass, as the timer's, and each pass starts from 200 copies that
 * became due in the two minutes before (the previous pass's, no longer due, are deleted first so
 * the open count stays exact). Finding what is due is timed apart from the rest.
 */
import type { RequestSlaSweepReport } from '@tandem/functions/dist/features/requests/sweep-sla';
import type { Benchmark, BenchOutcome, Figure } from './bench-types';
import {
  deleteAll,
  insertFiledCopies,
  makeTemplates,
  raisedEarlier,
  seedDirectory,
} from './sweep-corpus';
import { startSweepStack } from './sweep-stack';
import { median } from './timing';

/** Wednesday 4 March 2026, 11:00 in Moscow: the due copies were raised on Monday at 11:00. */
const sweepAt = Date.parse('2026-03-04T08:00:00Z');
const MINUTE = 60_000;
const WEEK_MINUTES = 7 * 24 * 60;
const dueCount = 200;
const plan = [
  { open: 10_000, passes: 3 },
  { open: 100_000, passes: 3 },
] as const;

const round = (n: number) => Math.round(n * 10) / 10;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

async function runSweepBench(): Promise<BenchOutcome> {
  const stack = await startSweepStack(sweepAt);
  try {
    const { deps, requests } = stack;
    await seedDirectory(deps);
    const templates = await makeTemplates(deps, requests, sweepAt);
    // A running system has swept before: its checkpoint is the minute before the last one, and
    // every kind has been backfilled.
    await deps.slaSchedule.advance(
      { sweptThrough: sweepAt - 2 * MINUTE, backfilled: ['request', 'approval'] },
      null,
    );
    const figures: Figure[] = [];
    const failures: string[] = [];
    const totals: number[] = [];
    const rests: number[] = [];
    let inserted = 0;
    let insertMs = 0;
    let dueIds: string[] = [];
    let now = sweepAt;
    let warm = false;
    for (const { open, passes } of plan) {
      const t0 = performance.now();
      const adding = open - dueCount - inserted;
      const ahead = now + 10 * MINUTE;
      await insertFiledCopies(
        requests,
        deps.slaSchedule,
        () => templates.open,
        adding,
        (i) => ahead + (i % WEEK_MINUTES) * MINUTE + ((i * 7919) % MINUTE),
      );
      insertMs += performance.now() - t0;
      inserted += adding;
      const total: number[] = [];
      const find: number[] = [];
      // An uncounted first pass warms the JIT and the directory cache.
      for (let pass = warm ? 1 : 0; pass <= passes; pass++) {
        now += MINUTE;
        const thisMinute = now - (now % MINUTE);
        await deleteAll(requests, dueIds);
        // Raised up to two hours apart on Monday morning, so their next changes spread out; filed
        // when those still lay ahead (the schedule files a change already past under the
        // current minute), so they sit in the two minutes before the pass, as real ones would.
        const dueTemplates = Array.from({ length: dueCount }, (_, i) =>
          raisedEarlier(templates.due, i * 37_000),
        );
        stack.setNow(thisMinute - 10 * MINUTE);
        dueIds = await insertFiledCopies(
          requests,
          deps.slaSchedule,
          (i) => dueTemplates[i] ?? templates.due,
          dueCount,
          (i) => thisMinute - (1 + (i % 2)) * MINUTE + 30_000,
        );
        stack.setNow(now);
        stack.takeFindMs();
        const s0 = performance.now();
        const run = await stack.sweep.run();
        const ms = performance.now() - s0;
        const report = { ...(run.kinds['request'] as RequestSlaSweepReport), source: run.source };
        const findMs = stack.takeFindMs();
        if (pass > 0) {
          total.push(ms);
          find.push(findMs);
        }
        if (report.source !== 'schedule') failures.push(`${open} open: the sweep ran the query`);
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
      const [t, f] = [median(total), median(find)];
      totals.push(t);
      rests.push(t - f);
      figures.push(
        { name: `sweep.due_200.open_${open}_ms`, value: round(t), unit: 'ms' },
        { name: `sweep.due_200.open_${open}_find_ms`, value: round(f), unit: 'ms' },
        { name: `sweep.due_200.open_${open}_without_find_ms`, value: round(t - f), unit: 'ms' },
      );
    }
    figures.push(
      { name: 'sweep.ratio_100k_vs_10k', value: ratio(totals[1] ?? 0, totals[0] ?? 1), unit: 'x' },
      {
        name: 'sweep.ratio_100k_vs_10k_without_find',
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
