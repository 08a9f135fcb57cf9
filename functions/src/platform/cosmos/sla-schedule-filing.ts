/**
 * Group commit of SLA schedule filings. Every aggregate write first files its next change under a
 * minute bucket; under concurrent writes most of them land in the same minute, so the filings that
 * arrive while patches of that minute are on their way are sent together as one patch of up to
 * `maxBatch` entries (Cosmos DB takes at most 10 operations per patch) instead of one round trip
 * each. Every caller still waits until its own entry is stored, so "filed before written" holds;
 * a failed batch fails each of its callers, as a failed single filing did.
 */
import type { EpochMs } from '@tandem/shared';

export interface Filing {
  /** `tenantId/kind/id` (sla-schedule.ts) */
  readonly key: string;
  readonly at: EpochMs;
}

export interface FilingBatchOptions {
  readonly maxBatch: number;
  /** Batches of one minute on their way at once; more filings wait and join the next batch. */
  readonly inFlight: number;
}

interface Waiting {
  readonly filing: Filing;
  resolve(): void;
  reject(err: unknown): void;
}

interface Lane {
  readonly queue: Waiting[];
  running: number;
}

/** `send` stores one batch of one minute; the returned function files one entry. */
export function makeFilingBatcher(
  send: (minute: string, batch: readonly Filing[]) => Promise<void>,
  { maxBatch, inFlight }: FilingBatchOptions,
): (minute: string, filing: Filing) => Promise<void> {
  const lanes = new Map<string, Lane>();

  const pump = (minute: string, lane: Lane) => {
    while (lane.running < inFlight && lane.queue.length > 0) {
      const batch = lane.queue.splice(0, maxBatch);
      lane.running++;
      send(
        minute,
        batch.map((w) => w.filing),
      )
        .then(
          () => batch.forEach((w) => w.resolve()),
          (err: unknown) => batch.forEach((w) => w.reject(err)),
        )
        .finally(() => {
          lane.running--;
          if (lane.running === 0 && lane.queue.length === 0) lanes.delete(minute);
          else pump(minute, lane);
        });
    }
  };

  return (minute, filing) =>
    new Promise<void>((resolve, reject) => {
      let lane = lanes.get(minute);
      if (!lane) {
        lane = { queue: [], running: 0 };
        lanes.set(minute, lane);
      }
      lane.queue.push({ filing, resolve, reject });
      pump(minute, lane);
    });
}

/** One entry per key, the last filed winning, as the bucket's map would keep it. */
export function distinctFilings(batch: readonly Filing[]): Filing[] {
  return [...new Map(batch.map((f) => [f.key, f])).values()];
}
