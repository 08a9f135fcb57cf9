/**
 * The sweep's paths besides the schedule's buckets: the indexed query for everything due, used
 * when there is no checkpoint yet or the gap since it is too long to read minute by minute; the
 * one-time backfill of requests written before the schedule existed; and the checkpoint's move.
 */
import { type EpochMs, isDomainError } from '@tandem/shared';
import type { Capabilities, RequestStore, SlaSchedule, Versioned } from '../../kernel/ports';
import type { RequestSweeper } from './sweep-request';

export const MINUTE_MS = 60_000;
const BACKFILL_PAGE = 500;

/** Everything due by the query, page after page, until a page holds nothing new. */
export async function sweepByQuery(
  store: Pick<RequestStore, 'findSlaChangesDue'>,
  sweeper: RequestSweeper,
  now: EpochMs,
  batchSize: number,
): Promise<void> {
  for (;;) {
    const due = (await store.findSlaChangesDue(now, batchSize)).filter(
      (s) => !sweeper.isSeen(s.value.tenantId, s.value.id),
    );
    if (due.length === 0) return;
    for (const stored of due) await sweeper.sweepStored(stored);
  }
}

/**
 * Files every request with a change after `now`. Only the first run needs it: from then on every
 * write files itself, and a long outage leaves the future buckets intact.
 */
export async function backfillSchedule(
  deps: Pick<Capabilities, 'requestStore' | 'slaSchedule'>,
  now: EpochMs,
): Promise<number> {
  let filed = 0;
  let continuation: string | undefined;
  do {
    const page = await deps.requestStore.findSlaChangesAfter(now, {
      limit: BACKFILL_PAGE,
      ...(continuation ? { continuation } : {}),
    });
    for (const change of page.items) {
      await deps.slaSchedule.schedule(change.tenantId, change.requestId, change.at);
      filed++;
    }
    continuation = page.continuation ?? undefined;
  } while (continuation);
  return filed;
}

/** Moves the checkpoint forward only; an overlapping sweep that moved it first wins. */
export async function advanceCheckpoint(
  schedule: Pick<SlaSchedule, 'advance'>,
  checkpoint: Versioned<EpochMs> | null,
  minute: EpochMs,
): Promise<void> {
  if (checkpoint && checkpoint.value >= minute) return;
  try {
    await schedule.advance(minute, checkpoint?.etag ?? null);
  } catch (err) {
    const lostRace =
      isDomainError(err) && (err._tag === 'PreconditionFailed' || err._tag === 'Conflict');
    if (!lostRace) throw err;
  }
}
