/**
 * The SLA sweep, run by a timer every minute. It reads only requests whose indexed
 * `nextSlaChangeAt` has come (so its cost follows the number of requests due, not the number
 * open), re-evaluates their SLA, notifies the escalation chain and records each step in the
 * request with a conditional write.
 *
 * Exactly once, even when two sweeps overlap or one dies midway: notifications carry a
 * deterministic id (request, step, person), so a repeat stores nothing new; the step is recorded
 * with the request's ETag, so of two sweeps only one records it, and a sweep that lost the race
 * (or met a person's concurrent change) leaves the request to the next run.
 */
import {
  type EpochMs,
  type Person,
  type Request,
  type TenantId,
  type DueEscalation,
  escalationsDue,
  isDomainError,
  toIsoInstant,
} from '@tandem/shared';
import type { Capabilities, Notification, StoredRequest, TenantSetup } from '../ports';
import { recipientsOf } from './escalation-recipients';
import { evaluateSla, toRequestIndex } from './sla-view';

type Deps = Pick<Capabilities, 'clock' | 'directory' | 'requestStore' | 'notifier'>;

export interface SweepReport {
  readonly examined: number;
  readonly updated: number;
  readonly escalations: number;
  readonly notifications: number;
  readonly skippedConflicts: number;
  /** Requests that could not be evaluated (e.g. their department was removed): one bad
   *  request never stops the sweep for everyone else. */
  readonly failed: number;
  readonly failures: readonly string[];
}

export async function sweepSla(deps: Deps, batchSize = 200): Promise<SweepReport> {
  const now = deps.clock.now();
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
  const report = {
    examined: 0,
    updated: 0,
    escalations: 0,
    notifications: 0,
    skippedConflicts: 0,
    failed: 0,
    failures: [] as string[],
  };
  const seen = new Set<string>();
  for (;;) {
    const due = (await deps.requestStore.findSlaChangesDue(now, batchSize)).filter(
      (s) => !seen.has(`${s.value.tenantId}/${s.value.id}`),
    );
    if (due.length === 0) break;
    for (const stored of due) {
      seen.add(`${stored.value.tenantId}/${stored.value.id}`);
      report.examined++;
      try {
        const { setup, people } = await tenant(stored.value.tenantId);
        await sweepOne(deps, stored, setup, people, now, report);
      } catch (err) {
        report.failed++;
        const message = err instanceof Error ? err.message : String(err);
        if (report.failures.length < 20) {
          report.failures.push(`${stored.value.tenantId}/${stored.value.id}: ${message}`);
        }
      }
    }
  }
  return report;
}

async function sweepOne(
  deps: Deps,
  stored: StoredRequest,
  setup: TenantSetup,
  people: readonly Person[],
  now: EpochMs,
  report: { updated: number; escalations: number; notifications: number; skippedConflicts: number },
): Promise<void> {
  const request = stored.value;
  const evaluation = evaluateSla(request, setup, now);
  const steps = escalationsDue(request.slaPolicy, evaluation.sla, new Set(request.escalationsSent));
  for (const step of steps) {
    for (const person of recipientsOf(step, request, people)) {
      await deps.notifier.notify(toNotification(request, step, person, now));
      report.notifications++;
    }
  }
  const next: Request =
    steps.length === 0
      ? request
      : { ...request, escalationsSent: [...request.escalationsSent, ...steps.map((s) => s.key)] };
  try {
    await deps.requestStore.replace(next, toRequestIndex(evaluation), stored.etag);
    report.updated++;
    report.escalations += steps.length;
  } catch (err) {
    if (isDomainError(err) && err._tag === 'PreconditionFailed') report.skippedConflicts++;
    else throw err;
  }
}

function toNotification(
  request: Request,
  due: DueEscalation,
  person: Person,
  now: EpochMs,
): Notification {
  const breach = due.atPercent >= 100;
  const what = due.clock === 'firstResponse' ? 'first response' : 'resolution';
  return {
    id: `${request.id}:${due.key}:${person.id}`,
    tenantId: request.tenantId,
    personId: person.id,
    kind: breach ? 'sla-breach' : 'sla-warning',
    requestId: request.id,
    title: breach
      ? `SLA breached (${what}): ${request.title}`
      : `SLA ${due.atPercent}% used (${what}): ${request.title}`,
    body: breach
      ? `The ${what} target of "${request.title}" has passed.`
      : `${due.atPercent}% of the ${what} target of "${request.title}" is used.`,
    createdAt: toIsoInstant(now),
  };
}
