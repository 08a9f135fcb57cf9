/**
 * What a feature registers with the SLA sweep for one kind of aggregate it files in the SLA
 * schedule (its store files every write's next change there first). The platform's sweep
 * (schedule-sweep.ts) finds the entries due, reads the checkpoint, falls back to the query and
 * backfills; the kind does the work on one aggregate and knows its own queries.
 */
import type { EpochMs } from '@tandem/shared';
import type { ScheduledChange } from '../../kernel/ports';

/** One page of the aggregates of a kind with a change after an instant (the backfill). */
export interface ScheduledChangePage {
  readonly items: readonly ScheduledChange[];
  readonly continuation: string | null;
}

export interface ScheduledKind<R extends object = object> {
  /** The kind in schedule entries (`kind` of ScheduledChange): lowercase letters, digits, '-'. */
  readonly kind: string;
  /**
   * The kind the schedule was built for before it kept kinds: entries without a kind are its,
   * and the first run (the one that made the checkpoint) backfilled it. At most one kind says so.
   */
  readonly filedBeforeKinds?: boolean;
  /** One sweep's work at `now`, with its own caches and tally. */
  startRun(now: EpochMs): KindRun<R>;
  /** One page of every aggregate of the kind with a change after `after`, across tenants. */
  changesAfter(
    after: EpochMs,
    page: { readonly limit: number; readonly continuation?: string },
  ): Promise<ScheduledChangePage>;
  /** Whether a run's report deserves a log line (the timer runs every minute). */
  worthLogging(report: R): boolean;
}

export interface KindRun<R extends object> {
  /**
   * An entry of the schedule: the kind reads the aggregate again and sweeps it only if its next
   * change is still at or before now (an entry whose aggregate moved on is stale). Once per
   * aggregate in a run, however often it was filed.
   */
  sweepFiled(change: ScheduledChange): Promise<void>;
  /** Everything of the kind due at now by its indexed query, but what this run swept already. */
  sweepDue(): Promise<void>;
  report(): R;
}
