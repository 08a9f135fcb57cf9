/**
 * The SLA sweep, run by a timer every minute, for every kind of aggregate the features file in
 * the SLA schedule: a timer wheel of one bucket per UTC minute that every write files itself in.
 * It reads the buckets from its checkpoint (the last minute it read after that minute had passed,
 * read once more for writes that landed just after) to the current minute, by id, so its cost
 * follows what is due, not what is open, on Azure and on the index-less local server alike, and
 * hands each entry to its kind (scheduled-kind.ts).
 *
 * Before the first checkpoint, or after an outage longer than the catch-up limit, every kind
 * sweeps by its indexed query instead. A kind added to a running deployment (its aggregates were
 * written before anything filed them) is swept by its query and backfilled on its first run;
 * the checkpoint then records it (schedule-progress.ts).
 */
import type { Clock, SlaSchedule, SweepProgress, Versioned } from '../../kernel/ports';
import type { KindRun, ScheduledKind } from './scheduled-kind';
import { advanceCheckpoint, backfillKind } from './schedule-progress';

export const MINUTE_MS = 60_000;

/**
 * An hour: a missed tick or a redeploy is caught up bucket by bucket. Past that the query is the
 * cheaper catch-up on Azure (a bucket read is ~1 RU, even for an empty minute, while the indexed
 * query reads only what is due), and locally the data is the small demo set.
 */
export const MAX_CATCH_UP_MINUTES = 60;

export interface ScheduleSweepOptions {
  /** The longest gap since the checkpoint that is caught up bucket by bucket. */
  readonly maxCatchUpMinutes?: number;
}

export interface ScheduleSweepReport {
  /** How due aggregates were found: the schedule's buckets, or the kinds' queries. */
  readonly source: 'schedule' | 'query';
  readonly minutesRead: number;
  /** Aggregates filed by this run's backfill, by kind (only kinds backfilled in this run). */
  readonly backfilled: Readonly<Record<string, number>>;
  /** Entries of a kind no feature registers; skipped. */
  readonly unknownEntries: number;
  /** Each kind's report, by kind. */
  readonly kinds: Readonly<Record<string, object>>;
}

export type ScheduleSweepDeps = { readonly clock: Clock; readonly slaSchedule: SlaSchedule };

export interface SlaSweep {
  run(): Promise<ScheduleSweepReport>;
  worthLogging(report: ScheduleSweepReport): boolean;
}

export function makeSlaSweep(
  deps: ScheduleSweepDeps,
  kinds: readonly ScheduledKind[],
  options: ScheduleSweepOptions = {},
): SlaSweep {
  const names = kinds.map((k) => k.kind);
  if (new Set(names).size !== names.length)
    throw new Error(`Schedule kinds repeat: ${names.join(', ')}`);
  if (kinds.filter((k) => k.filedBeforeKinds).length > 1) {
    throw new Error('At most one schedule kind can own the entries filed before kinds.');
  }
  return {
    run: () => sweepSchedule(deps, kinds, options),
    worthLogging: (report) =>
      report.unknownEntries > 0 ||
      Object.keys(report.backfilled).length > 0 ||
      kinds.some((k) => {
        const own = report.kinds[k.kind];
        return own !== undefined && k.worthLogging(own);
      }),
  };
}

async function sweepSchedule(
  deps: ScheduleSweepDeps,
  kinds: readonly ScheduledKind[],
  options: ScheduleSweepOptions,
): Promise<ScheduleSweepReport> {
  const now = deps.clock.now();
  const thisMinute = now - (now % MINUTE_MS);
  const checkpoint = await deps.slaSchedule.checkpoint();
  const runs = new Map<string, KindRun<object>>(kinds.map((k) => [k.kind, k.startRun(now)]));
  const runOf = (k: ScheduledKind) => runs.get(k.kind) as KindRun<object>;
  const toBackfill = kinds.filter((k) => !isBackfilled(k, checkpoint));
  const maxGap = (options.maxCatchUpMinutes ?? MAX_CATCH_UP_MINUTES) * MINUTE_MS;
  let source: ScheduleSweepReport['source'] = 'query';
  let minutesRead = 0;
  let unknownEntries = 0;
  if (checkpoint && thisMinute - checkpoint.value.sweptThrough <= maxGap) {
    source = 'schedule';
    const from = Math.min(checkpoint.value.sweptThrough, thisMinute - MINUTE_MS);
    minutesRead = (thisMinute - from) / MINUTE_MS + 1;
    const original = kinds.find((k) => k.filedBeforeKinds)?.kind;
    for (const change of await deps.slaSchedule.due(from, thisMinute)) {
      const kind = change.kind === '' ? original : change.kind;
      const run = kind === undefined ? undefined : runs.get(kind);
      if (run && kind !== undefined) await run.sweepFiled({ ...change, kind });
      else unknownEntries++;
    }
    // A kind new to this deployment: what was written before anything filed it is due unseen.
    for (const k of toBackfill) await runOf(k).sweepDue();
  } else {
    for (const k of kinds) await runOf(k).sweepDue();
  }
  const backfilled: Record<string, number> = {};
  for (const k of toBackfill) backfilled[k.kind] = await backfillKind(deps.slaSchedule, k, now);
  // Only after everything read was handled: a sweep that dies midway leaves the window as it
  // was, and a kind whose backfill did not finish is backfilled again by the next run.
  await advanceCheckpoint(deps.slaSchedule, checkpoint, {
    sweptThrough: thisMinute - MINUTE_MS,
    backfilled: kinds.map((k) => k.kind),
  });
  const reports = Object.fromEntries([...runs].map(([kind, run]) => [kind, run.report()]));
  return { source, minutesRead, backfilled, unknownEntries, kinds: reports };
}

/**
 * Filed for every aggregate: recorded in the checkpoint by the run that backfilled it. The kind
 * the schedule was built for was backfilled by the run that made the checkpoint.
 */
function isBackfilled(kind: ScheduledKind, checkpoint: Versioned<SweepProgress> | null): boolean {
  if (!checkpoint) return false;
  return kind.filedBeforeKinds === true || checkpoint.value.backfilled.includes(kind.kind);
}
