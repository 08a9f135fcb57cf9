/**
 * The SLA sweep, run by a timer every minute. It finds what is due in the SLA schedule, a timer
 * wheel of one bucket per UTC minute that every request write files itself in: it reads the
 * buckets from its checkpoint (the last minute it read after that minute had passed, read once
 * more for writes that landed just after) to the current minute, by id, so its cost follows the
 * requests due, not the requests open, on Azure and on the index-less local server alike.
 *
 * Before the first checkpoint, or after an outage longer than the catch-up limit, it falls back to
 * the indexed query on `nextSlaChangeAt` (sweep-fallback.ts). Exactly-once escalation is
 * sweep-request.ts's business, whichever way a request was found.
 */
import type { Capabilities } from '../../kernel/ports';
import { MINUTE_MS, advanceCheckpoint, backfillSchedule, sweepByQuery } from './sweep-fallback';
import { type SweepTally, makeRequestSweeper } from './sweep-request';

type Deps = Pick<Capabilities, 'clock' | 'directory' | 'requestStore' | 'notifier' | 'slaSchedule'>;

/**
 * An hour: a missed tick or a redeploy is caught up bucket by bucket. Past that the query is the
 * cheaper catch-up on Azure (a bucket read is ~1 RU, even for an empty minute, while the indexed
 * query reads only what is due), and locally the data is the small demo set.
 */
export const MAX_CATCH_UP_MINUTES = 60;

export interface SweepOptions {
  /** Requests per page of the fallback query. */
  readonly batchSize?: number;
  /** The longest gap since the checkpoint that is caught up bucket by bucket. */
  readonly maxCatchUpMinutes?: number;
}

export interface SweepReport extends Readonly<Omit<SweepTally, 'failures'>> {
  readonly failures: readonly string[];
  /** How due requests were found: the schedule's buckets, or the fallback query. */
  readonly source: 'schedule' | 'query';
  readonly minutesRead: number;
  /** Requests filed in the schedule by the first run (written before the schedule existed). */
  readonly backfilled: number;
}

export async function sweepSla(deps: Deps, options: SweepOptions = {}): Promise<SweepReport> {
  const now = deps.clock.now();
  const thisMinute = now - (now % MINUTE_MS);
  const checkpoint = await deps.slaSchedule.checkpoint();
  const sweeper = makeRequestSweeper(deps, now);
  const maxGap = (options.maxCatchUpMinutes ?? MAX_CATCH_UP_MINUTES) * MINUTE_MS;
  let source: SweepReport['source'] = 'query';
  let minutesRead = 0;
  let backfilled = 0;
  if (checkpoint && thisMinute - checkpoint.value <= maxGap) {
    source = 'schedule';
    const from = Math.min(checkpoint.value, thisMinute - MINUTE_MS);
    minutesRead = (thisMinute - from) / MINUTE_MS + 1;
    for (const change of await deps.slaSchedule.due(from, thisMinute)) {
      await sweeper.sweepFiled(change);
    }
  } else {
    await sweepByQuery(deps.requestStore, sweeper, now, options.batchSize ?? 200);
    if (!checkpoint) backfilled = await backfillSchedule(deps, now);
  }
  // Only after everything read was handled: a sweep that dies midway leaves the window as it was.
  await advanceCheckpoint(deps.slaSchedule, checkpoint, thisMinute - MINUTE_MS);
  return { ...sweeper.tally, source, minutesRead, backfilled };
}
