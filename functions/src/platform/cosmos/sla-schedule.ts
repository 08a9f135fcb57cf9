/**
 * SlaSchedule on the `sla-schedule` container: the sweep's timer wheel. Bucket documents per
 * UTC minute (`id` = `2026-11-27T10:05~<shard>`) maps `tenantId/requestId` to the instant filed, plus one
 * checkpoint document. Everything is a point operation by id, so the sweep's cost does not grow
 * with the container (the local server has no index and scans a container on every query).
 * Concurrent filings of one minute are sent together (sla-schedule-filing.ts): a batch goes to the
 * shard of its first entry, so a request filed twice in one minute may sit in two shards of it;
 * `due` returns it once.
 */
import type { Container, ItemDefinition } from '@azure/cosmos';
import type { EpochMs, RequestId, TenantId } from '@tandem/shared';
import { z } from 'zod';
import type { ScheduledChange, SlaSchedule } from '../../kernel/ports';
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

const checkpointSchema = z.object({
  _etag: z.string(),
  sweptThrough: z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/),
});

/** Ids may not contain '/' (shared/src/domain/ids.ts), so the first '/' splits the key. */
const entryKey = (tenantId: string, requestId: string) => `${tenantId}/${requestId}`;
/** A JSON Pointer segment (RFC 6901), as Cosmos DB patch paths expect. */
const pointerSegment = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Cosmos DB accepts at most 10 operations in one patch. One batch of a minute on its way at a time:
 * under load the batches fill up (measured with 32 concurrent creates: ~5 filings a patch, against
 * ~3 with two on their way), and a filing waits at most one round trip for the batch ahead.
 */
const FILING_BATCH: FilingBatchOptions = { maxBatch: 10, inFlight: 1 };

export function makeCosmosSlaSchedule(
  container: Container,
  batching: FilingBatchOptions = FILING_BATCH,
): SlaSchedule {
  const bucket = (id: string) => container.item(id, id);
  // A map rather than a list: filing the same request under the same minute again (every write
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
    schedule: (tenantId: TenantId, requestId: RequestId, at: EpochMs) =>
      file(minuteId(at), { key: entryKey(tenantId, requestId), at }),

    async due(fromMinute: EpochMs, toMinute: EpochMs) {
      const ids: string[] = [];
      for (let m = fromMinute; m <= toMinute; m += MINUTE_MS) ids.push(...bucketIdsOf(minuteId(m)));
      // A request filed twice in one minute by two batches is in two of its shards: keep the later.
      const changes = new Map<string, ScheduledChange>();
      for (const entries of await readBuckets(container, ids)) {
        for (const [key, at] of Object.entries(entries)) {
          const seen = changes.get(key);
          if (seen && seen.at >= at) continue;
          const slash = key.indexOf('/');
          changes.set(key, {
            tenantId: key.slice(0, slash) as TenantId,
            requestId: key.slice(slash + 1) as RequestId,
            at,
          });
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
      return { value: Date.parse(`${doc.sweptThrough}:00Z`), etag: doc._etag };
    },

    async advance(minute: EpochMs, etag: string | null) {
      const doc = { id: CHECKPOINT_ID, docType: 'sla-checkpoint', sweptThrough: minuteId(minute) };
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
