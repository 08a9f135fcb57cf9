/**
 * One sweep's work on single requests: re-evaluate the SLA, notify the escalation chain and
 * record each step with a conditional write. Exactly once, even when two sweeps overlap or one
 * dies midway: notifications carry a deterministic id (request, step, person), and the step is
 * recorded under the request's ETag, so of two sweeps only one records it. A request that lost
 * such a race or could not be evaluated is filed again under the current minute: the next run.
 */
import {
  type EpochMs,
  type Person,
  type Request,
  type RequestId,
  type TenantId,
  escalationsDue,
  isDomainError,
} from '@tandem/shared';
import type { Capabilities, ScheduledChange, TenantSetup } from '../../kernel/ports';
import { recipientsOf } from './escalation-recipients';
import { toSlaNotification } from './sla-notification';
import { REQUEST_SCHEDULED } from './request-schedule';
import type { RequestStoreCapability, StoredRequest } from './request-store';
import { evaluateSla, toRequestIndex } from './request-sla';

type Deps = Pick<Capabilities, 'directory' | 'notifier' | 'slaSchedule'> & RequestStoreCapability;

export interface SweepTally {
  /** Requests whose change was due and which were evaluated. */
  examined: number;
  updated: number;
  escalations: number;
  notifications: number;
  skippedConflicts: number;
  /** Schedule entries whose request has moved on (changed, paused, closed or gone). */
  stale: number;
  /** Requests that could not be evaluated (e.g. their department was removed). */
  failed: number;
  failures: string[];
}

export interface RequestSweeper {
  readonly tally: Readonly<SweepTally>;
  isSeen(tenantId: TenantId, requestId: RequestId): boolean;
  /** A request the query found due. */
  sweepStored(stored: StoredRequest): Promise<void>;
  /** A schedule entry: swept only if the request's next change is still at or before now. */
  sweepFiled(change: ScheduledChange): Promise<void>;
}

export function makeRequestSweeper(deps: Deps, now: EpochMs): RequestSweeper {
  const tenants = new Map<TenantId, Promise<{ setup: TenantSetup; people: readonly Person[] }>>();
  const tenant = (id: TenantId) => {
    let t = tenants.get(id);
    if (!t) {
      t = Promise.all([deps.directory.setup(id), deps.directory.listPeople(id)]).then(
        ([setup, people]) => ({ setup, people }),
      );
      tenants.set(id, t);
    }
    return t;
  };
  const tally: SweepTally = {
    examined: 0,
    updated: 0,
    escalations: 0,
    notifications: 0,
    skippedConflicts: 0,
    stale: 0,
    failed: 0,
    failures: [],
  };
  const seen = new Set<string>();
  const keyOf = (tenantId: string, id: string) => `${tenantId}/${id}`;
  const retryNextRun = (tenantId: TenantId, requestId: RequestId) =>
    deps.slaSchedule.schedule({ tenantId, kind: REQUEST_SCHEDULED, id: requestId, at: now });

  const fail = async (tenantId: TenantId, requestId: RequestId, err: unknown) => {
    tally.failed++;
    const message = err instanceof Error ? err.message : String(err);
    if (tally.failures.length < 20) tally.failures.push(`${tenantId}/${requestId}: ${message}`);
    await retryNextRun(tenantId, requestId);
  };

  const sweepStored = async (stored: StoredRequest) => {
    const { tenantId, id } = stored.value;
    seen.add(keyOf(tenantId, id));
    tally.examined++;
    let recorded: boolean;
    try {
      const { setup, people } = await tenant(tenantId);
      recorded = await sweepOne(deps, stored, setup, people, now, tally);
    } catch (err) {
      await fail(tenantId, id, err);
      return;
    }
    if (!recorded) await retryNextRun(tenantId, id);
  };

  return {
    tally,
    isSeen: (tenantId, requestId) => seen.has(keyOf(tenantId, requestId)),
    sweepStored,
    async sweepFiled(change) {
      const tenantId = change.tenantId;
      const requestId = change.id as RequestId;
      const key = keyOf(tenantId, requestId);
      if (seen.has(key)) return;
      seen.add(key);
      let stored: StoredRequest;
      try {
        stored = await deps.requestStore.get(tenantId, requestId);
      } catch (err) {
        if (isDomainError(err) && err._tag === 'NotFound') tally.stale++;
        else await fail(tenantId, requestId, err);
        return;
      }
      const next = stored.index.nextSlaChangeAt;
      if (next === null || next > now) tally.stale++;
      else await sweepStored(stored);
    },
  };
}

/** False when a concurrent write won (412): the request is left to the next run. */
async function sweepOne(
  deps: Deps,
  stored: StoredRequest,
  setup: TenantSetup,
  people: readonly Person[],
  now: EpochMs,
  tally: SweepTally,
): Promise<boolean> {
  const request = stored.value;
  const evaluation = evaluateSla(request, setup, now);
  const steps = escalationsDue(request.slaPolicy, evaluation.sla, new Set(request.escalationsSent));
  for (const step of steps) {
    for (const person of recipientsOf(step, request, people)) {
      await deps.notifier.notify(toSlaNotification(request, step, person, now));
      tally.notifications++;
    }
  }
  const next: Request =
    steps.length === 0
      ? request
      : { ...request, escalationsSent: [...request.escalationsSent, ...steps.map((s) => s.key)] };
  try {
    await deps.requestStore.replace(next, toRequestIndex(evaluation), stored.etag);
    tally.updated++;
    tally.escalations += steps.length;
    return true;
  } catch (err) {
    if (!isDomainError(err) || err._tag !== 'PreconditionFailed') throw err;
    tally.skippedConflicts++;
    return false;
  }
}
