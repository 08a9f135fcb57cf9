/**
 * The requests' part of the SLA sweep: the kind `request` of the SLA schedule. The platform's
 * sweep (platform/schedule/) reads the minute buckets every request write filed itself in and
 * hands each entry here; before its first checkpoint or after a long outage it asks for the
 * indexed query on `nextSlaChangeAt` instead. Exactly-once escalation is sweep-request.ts's
 * business, whichever way a request was found.
 */
import type { EpochMs } from '@tandem/shared';
import type { Capabilities } from '../../kernel/ports';
import type { ScheduledKind } from '../../platform/schedule/scheduled-kind';
import { REQUEST_SCHEDULED } from './request-schedule';
import { type RequestSweeper, type SweepTally, makeRequestSweeper } from './sweep-request';
import type { RequestStore, RequestStoreCapability } from './request-store';

type Deps = Pick<Capabilities, 'directory' | 'notifier' | 'slaSchedule'> & RequestStoreCapability;

export interface RequestSlaSweepReport extends Readonly<Omit<SweepTally, 'failures'>> {
  readonly failures: readonly string[];
}

export interface RequestSlaOptions {
  /** Requests per page of the fallback query. */
  readonly batchSize?: number;
}

export function requestSlaKind(
  deps: Deps,
  options: RequestSlaOptions = {},
): ScheduledKind<RequestSlaSweepReport> {
  const batchSize = options.batchSize ?? 200;
  return {
    kind: REQUEST_SCHEDULED,
    // The schedule was built for requests: its first entries carry no kind.
    filedBeforeKinds: true,
    startRun(now) {
      const sweeper = makeRequestSweeper(deps, now);
      return {
        sweepFiled: (change) => sweeper.sweepFiled(change),
        sweepDue: () => sweepByQuery(deps.requestStore, sweeper, now, batchSize),
        report: () => ({ ...sweeper.tally, failures: [...sweeper.tally.failures] }),
      };
    },
    changesAfter: (after, page) => deps.requestStore.findSlaChangesAfter(after, page),
    worthLogging: (report) => report.examined > 0,
  };
}

/** Everything due by the query, page after page, until a page holds nothing new. */
async function sweepByQuery(
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
