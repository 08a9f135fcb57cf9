/**
 * An in-memory SlaSchedule with the Cosmos adapter's contract (one bucket per UTC minute, a
 * change already past filed under the current minute, filing the same aggregate under the same
 * minute twice keeps one entry, the checkpoint guarded by an ETag), for use-case tests.
 */
import { randomUUID } from 'node:crypto';
import { Conflict, PreconditionFailed } from '@tandem/shared';
import type {
  Clock,
  ScheduledChange,
  SlaSchedule,
  SweepProgress,
  Versioned,
} from '../../kernel/ports';

const MINUTE = 60_000;

export interface InMemorySlaSchedule extends SlaSchedule {
  /** Minutes (epoch ms of their start) read by `due`, in order, across calls. */
  readonly minutesRead: number[];
  /** What is filed under the minute holding `at`. */
  filedAt(at: number): ScheduledChange[];
}

export function makeInMemorySlaSchedule(clock: Clock): InMemorySlaSchedule {
  const buckets = new Map<number, Map<string, ScheduledChange>>();
  let checkpoint: Versioned<SweepProgress> | null = null;
  const minutesRead: number[] = [];
  const minuteOf = (at: number) => at - (at % MINUTE);
  return {
    minutesRead,
    filedAt: (at) => [...(buckets.get(minuteOf(at))?.values() ?? [])],
    async schedule(change) {
      const minute = minuteOf(Math.max(change.at, clock.now()));
      const bucket = buckets.get(minute) ?? new Map<string, ScheduledChange>();
      bucket.set(`${change.tenantId}/${change.kind}/${change.id}`, { ...change });
      buckets.set(minute, bucket);
    },
    async due(fromMinute, toMinute) {
      const changes: ScheduledChange[] = [];
      for (let m = fromMinute; m <= toMinute; m += MINUTE) {
        minutesRead.push(m);
        changes.push(...(buckets.get(m)?.values() ?? []));
      }
      return changes;
    },
    async checkpoint() {
      return checkpoint;
    },
    async advance(progress, etag) {
      if (etag === null && checkpoint !== null) throw new Conflict('checkpoint exists');
      if (etag !== null && checkpoint?.etag !== etag) throw new PreconditionFailed();
      checkpoint = {
        value: { sweptThrough: progress.sweptThrough, backfilled: [...progress.backfilled] },
        etag: randomUUID(),
      };
    },
  };
}
