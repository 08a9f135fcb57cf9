/**
 * Minute buckets of the SLA schedule: their ids and how a range of them is read. A sweep reads
 * three buckets a minute, but after an outage it catches up on thousands, so point reads run
 * several at a time. (The SDK's `executeBulkOperations` waits about a second for each partial
 * batch, longer than the three reads of a normal sweep take one after another.)
 */
import type { Container } from '@azure/cosmos';
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
        container.item(id, id).read(),
      );
      // A minute nobody filed anything under has no bucket.
      if (resource !== undefined) found[n] = bucketSchema.parse(resource).entries;
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_IN_FLIGHT, ids.length) }, worker));
  return found.filter((b) => b !== undefined);
}
