/**
 * SlaSchedule on the `sla-schedule` container: the sweep's timer wheel. Bucket documents per
 * UTC minute (`id` = `2026-11-27T10:05~<shard>`) map `tenantId/kind/id` to the instant filed, plus
 * one checkpoint document. Everything is a point operation by id, so the sweep's cost does not
 * grow with the container (the local server has no index and scans a container on every query).
 * Concurrent filings of one minute are sent together (sla-schedule-filing.ts): a batch goes to the
 * shard of its first entry, so an aggregate filed twice in one minute may sit in two shards of it;
 * `due` returns it once.
 */
import type { Container, ItemDefinition } from '@azure/cosmos';
import type { EpochMs, TenantId } from '@tandem/shared';
import { z } from 'zod';
import type { Clock, ScheduledChange, SlaSchedule } from '../../kernel/ports';
import { cosmosCall, cosmosStatusOf, requireResource } from './cosmos-errors';
import {
  type Filing,
  type FilingBatchOptions,
  distinctFilings,
  makeFilingBatcher,
} from './sla-schedule-filing';
import {
  MINUTE_MS,
  bucketId,
  bucketIdsOf,
  minuteId,
  readBuckets,
  shardOf,
} from './sla-schedule-buckets';

const CHECKPOINT_ID = 'sweep-checkpoint';

const MINUTE_PATTERN = /^\d{4}-\d\d-\d\dT\d\d:\d\d$/;

const checkpointSchema = z.object({
  _etag: z.string(),
  sweptThrough: z.string().regex(MINUTE_PATTERN),
  // Absent on checkpoints written before the schedule kept kinds.
  backfilled: z.array(z.string()).default([]),
});

/** A kind names a feature's aggregate in the entries' keys, so it may not contain '/'. */
const KIND_PATTERN = /^[a-z][a-z0-9-]*$/;

/**
 * `tenantId/kind/id`; entries filed before the schedule kept kinds are `tenantId/id` and read back
 * with kind ''. Ids may not contain '/' (shared/src/kernel/ids.ts), so the slashes split the key.
 */
function entryKey({ tenantId, kind, id }: ScheduledChange): string {
  if (!KIND_PATTERN.test(kind)) throw new Error(`Not a schedule kind: '${kind}'`);
  return `${tenantId}/${kind}/${id}`;
}

function changeOf(key: string, at: EpochMs): ScheduledChange {
  const parts = key.split('/');
  const [tenantId, kind, id] = parts.length === 2 ? [parts[0], '', parts[1]] : parts;
  return { tenantId: tenantId as TenantId, kind: kind ?? '', id: id ?? '', at };
}

/** A JSON Pointer segment (RFC 6901), as Cosmos DB patch paths expect. */
const pointerSegment = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Cosmos DB accepts at most 10 operations in one patch. One batch of a minute on its way at a time:
 * under load the batches fill up (measured with 32 concurrent creates: ~5 filings a patch, against
 * ~3 with two on their way), and a filing waits at most one round trip for the batch ahead.
 */
const FILING_BATCH: FilingBatchOptions = { maxBatch: 10, inFlight: 1 };

/** `clock`: a change already past is filed under the current minute, which the sweep reads next. */
export function makeCosmosSlaSchedule(
  container: Container,
  clock: Clock,
  batching: FilingBatchOptions = FILING_BATCH,
): SlaSchedule {
  const bucket = (id: string) => container.item(id, id);
  // A map rather than a list: filing the same aggregate under the same minute again (every write
  // that leaves its next change where it was) replaces one key instead of growing the bucket.
  const addEntries = (id: string, filings: readonly Filing[]) =>
    bucket(id).patch(
      filings.map((f) => ({ op: 'add', path: `/entries/${pointerSegment(f.key)}`, value: f.at })),
    );
  const file = makeFilingBatcher(async (minute, batch) => {
    const filings = distinctFilings(batch);
    const id = bucketId(minute, shardOf((filings[0] as Filing).key));
    await cosmosCall('SLA schedule bucket', id, async () => {
      try {
        await addEntries(id, filings);
      } catch (err) {
        if (cosmosStatusOf(err) !== 404) throw err;
        const entries = Object.fromEntries(filings.map((f) => [f.key, f.at]));
        try {
          await container.items.create({ id, docType: 'sla-bucket', entries });
        } catch (createErr) {
          // Another writer created the bucket between our patch and create: append to theirs.
          if (cosmosStatusOf(createErr) !== 409) throw createErr;
          await addEntries(id, filings);
        }
      }
    });
  }, batching);

  return {
    async schedule(change: ScheduledChange) {
      const key = entryKey(change);
      await file(minuteId(Math.max(change.at, clock.now())), { key, at: change.at });
    },

    async due(fromMinute: EpochMs, toMinute: EpochMs) {
      const ids: string[] = [];
      for (let m = fromMinute; m <= toMinute; m += MINUTE_MS) ids.push(...bucketIdsOf(minuteId(m)));
      // An aggregate filed twice in one minute by two batches is in two of its shards: keep the
      // later instant.
      const changes = new Map<string, ScheduledChange>();
      for (const entries of await readBuckets(container, ids)) {
        for (const [key, at] of Object.entries(entries)) {
          const seen = changes.get(key);
          if (!seen || seen.at < at) changes.set(key, changeOf(key, at));
        }
      }
      return [...changes.values()];
    },

    async checkpoint() {
      const { resource } = await cosmosCall('SLA sweep checkpoint', CHECKPOINT_ID, () =>
        bucket(CHECKPOINT_ID).read<ItemDefinition>(),
      );
      if (resource === undefined) return null;
      const doc = checkpointSchema.parse(resource);
      const sweptThrough = Date.parse(`${doc.sweptThrough}:00Z`);
      return { value: { sweptThrough, backfilled: doc.backfilled }, etag: doc._etag };
    },

    async advance(progress, etag) {
      const doc = {
        id: CHECKPOINT_ID,
        docType: 'sla-checkpoint',
        sweptThrough: minuteId(progress.sweptThrough),
        backfilled: [...progress.backfilled],
      };
      const { resource } = await cosmosCall('SLA sweep checkpoint', CHECKPOINT_ID, () =>
        etag === null
          ? container.items.create(doc)
          : bucket(CHECKPOINT_ID).replace(doc, {
              accessCondition: { type: 'IfMatch', condition: etag },
            }),
      );
      requireResource(resource, 'SLA sweep checkpoint', CHECKPOINT_ID);
    },
  };
}
