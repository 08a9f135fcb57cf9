/**
 * Minute buckets of the SLA schedule: their ids and how a range of them is read. A sweep reads
 * three buckets a minute, but after an outage it catches up on thousands, so point reads run
 * several at a time. (The SDK's `executeBulkOperations` waits about a second for each partial
 * batch, longer than the three reads of a normal sweep take one after another.)
 */
import type { Container, ItemDefinition } from '@azure/cosmos';
import type { EpochMs } from '@tandem/shared';
import { z } from 'zod';
import { cosmosCall } from './cosmos-errors';

export const MINUTE_MS = 60_000;
const READS_IN_FLIGHT = 16;

const bucketSchema = z.object({ entries: z.record(z.string(), z.number()) });

/** `2026-11-27T10:05`: the UTC minute of an instant, sortable and readable in the portal. */
export function minuteId(at: EpochMs): string {
  return new Date(at).toISOString().slice(0, 16);
}

/**
 * Each minute is split over a few bucket documents by a hash of the entry: a burst of requests
 * raised together (their next changes fall in the same minute) would otherwise all patch, and
 * grow, one document — every patch rewrites the whole bucket, so the cost of a create would
 * grow with the burst. The sweep reads every shard of a minute, still by id.
 */
export const SHARDS_PER_MINUTE = 64;

export function shardOf(key: string): number {
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % SHARDS_PER_MINUTE;
}

export const bucketId = (minute: string, shard: number): string => `${minute}~${shard}`;

/** Every bucket id of one minute. */
export function bucketIdsOf(minute: string): string[] {
  return Array.from({ length: SHARDS_PER_MINUTE }, (_, shard) => bucketId(minute, shard));
}

/** The entries of every bucket that exists among `ids`, in the order of `ids`. */
export async function readBuckets(
  container: Container,
  ids: readonly string[],
): Promise<Record<string, number>[]> {
  const found = new Array<Record<string, number> | undefined>(ids.length);
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const n = next++;
      const id = ids[n] as string;
      const { resource } = await cosmosCall('SLA schedule bucket', id, () =>
        container.item(id, id).read<ItemDefinition>(),
      );
      // A minute nobody filed anything under has no bucket.
      if (resource !== undefined) found[n] = bucketSchema.parse(resource).entries;
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_IN_FLIGHT, ids.length) }, worker));
  return found.filter((b) => b !== undefined);
}
