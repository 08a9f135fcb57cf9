/**
 * What the SLA sweep records of itself: the backfill of a kind (every aggregate with a change
 * still ahead, filed once, so that aggregates written before anything filed them are found in the
 * buckets too), and the checkpoint, which holds both the last minute read and the kinds
 * backfilled. One document, moved with If-Match: "backfilled" and "swept through" are written
 * together, by the run that did both, and the steady state reads no marker besides it.
 */
import { type EpochMs, isDomainError } from '@tandem/shared';
import type { SlaSchedule, SweepProgress, Versioned } from '../../kernel/ports';
import type { ScheduledKind } from './scheduled-kind';

const BACKFILL_PAGE = 500;

/** Files every aggregate of the kind with a change after `now`; returns how many. */
export async function backfillKind(
  schedule: Pick<SlaSchedule, 'schedule'>,
  kind: Pick<ScheduledKind, 'kind' | 'changesAfter'>,
  now: EpochMs,
): Promise<number> {
  let filed = 0;
  let continuation: string | undefined;
  do {
    const page = await kind.changesAfter(now, {
      limit: BACKFILL_PAGE,
      ...(continuation ? { continuation } : {}),
    });
    for (const change of page.items) {
      await schedule.schedule({ ...change, kind: kind.kind });
      filed++;
    }
    continuation = page.continuation ?? undefined;
  } while (continuation);
  return filed;
}

/**
 * Moves the checkpoint forward only, adding the kinds backfilled (kinds it records that no
 * feature registers now are kept); an overlapping sweep that moved it first wins.
 */
export async function advanceCheckpoint(
  schedule: Pick<SlaSchedule, 'advance'>,
  checkpoint: Versioned<SweepProgress> | null,
  next: SweepProgress,
): Promise<void> {
  const known = checkpoint?.value;
  const backfilled = [...new Set([...(known?.backfilled ?? []), ...next.backfilled])];
  if (known && known.sweptThrough >= next.sweptThrough) {
    if (backfilled.length === known.backfilled.length) return;
  }
  const sweptThrough = Math.max(known?.sweptThrough ?? next.sweptThrough, next.sweptThrough);
  try {
    await schedule.advance({ sweptThrough, backfilled }, checkpoint?.etag ?? null);
  } catch (err) {
    const lostRace =
      isDomainError(err) && (err._tag === 'PreconditionFailed' || err._tag === 'Conflict');
    if (!lostRace) throw err;
  }
}
