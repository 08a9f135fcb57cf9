/**
 * The approvals' part of the SLA sweep: the kind `approval` of the SLA schedule. Every approval
 * write with an alert still to send filed the approval under the minute of that alert; the
 * platform's sweep (platform/schedule/) hands each entry due here, and this reads the approval
 * again and sends what is due, each alert to its person through the Notifier (stored, and in chat
 * beside it), then records it in the approval's index.
 *
 * The sweep writes only its own fields: the approval as read, with `alertsSent` and
 * `nextAlertAt` changed, conditional on the ETag. A person's decision never fails because of it
 * (decisions retry on a fresh copy, kernel/aggregate-write.ts); a sweep that loses the race to a
 * decision files the approval under the current minute, and the next run evaluates it again.
 * Exactly once: a notification id is deterministic (approval, level, person) and every Notifier
 * is idempotent by it, and of two sweeps (or a sweep and a decision) only one records the alert.
 */
import { type ApprovalId, type EpochMs, type TenantId, isDomainError } from '@tandem/shared';
import type { Capabilities, ScheduledChange, TenantSetup } from '../../kernel/ports';
import { calendarLookup } from '../../kernel/sla-view';
import type { ScheduledKind } from '../../platform/schedule/scheduled-kind';
import { approvalAlertInstants, approvalAlertsDue, nextApprovalAlertAt } from './approval-alerts';
import { APPROVAL_SCHEDULED } from './approval-schedule';
import { toApprovalSlaNotification } from './approval-sla-notification';
import type { ApprovalIndex, ApprovalStore, StoredApproval } from './approval-store';

export type ApprovalAlertSweepDeps = Pick<
  Capabilities,
  'directory' | 'notifier' | 'slaSchedule'
> & {
  readonly approvalStore: ApprovalStore;
};

export interface ApprovalAlertSweepReport {
  /** Approvals with an alert due, evaluated. */
  examined: number;
  notifications: number;
  updated: number;
  /** Lost the race to a decision or another sweep: evaluated again by the next run. */
  skippedConflicts: number;
  /** Schedule entries whose approval has moved on (decided, alerted already, or gone). */
  stale: number;
  failed: number;
  failures: string[];
}

export function approvalAlertKind(
  deps: ApprovalAlertSweepDeps,
  batchSize = 200,
): ScheduledKind<ApprovalAlertSweepReport> {
  return {
    kind: APPROVAL_SCHEDULED,
    startRun: (now) => makeAlertRun(deps, now, batchSize),
    changesAfter: (after, page) => deps.approvalStore.findAlertsAfter(after, page),
    worthLogging: (report) => report.examined + report.failed > 0,
  };
}

function makeAlertRun(deps: ApprovalAlertSweepDeps, now: EpochMs, batchSize: number) {
  const report: ApprovalAlertSweepReport = {
    examined: 0,
    notifications: 0,
    updated: 0,
    skippedConflicts: 0,
    stale: 0,
    failed: 0,
    failures: [],
  };
  const setups = new Map<TenantId, Promise<TenantSetup>>();
  const setupOf = (tenantId: TenantId) => {
    let setup = setups.get(tenantId);
    if (!setup) setups.set(tenantId, (setup = deps.directory.setup(tenantId)));
    return setup;
  };
  const seen = new Set<string>();
  const keyOf = (tenantId: string, id: string) => `${tenantId}/${id}`;
  const retryNextRun = (tenantId: TenantId, id: ApprovalId) =>
    deps.slaSchedule.schedule({ tenantId, kind: APPROVAL_SCHEDULED, id, at: now });
  const fail = async (tenantId: TenantId, id: ApprovalId, err: unknown) => {
    report.failed++;
    const message = err instanceof Error ? err.message : String(err);
    if (report.failures.length < 20) report.failures.push(`${tenantId}/${id}: ${message}`);
    await retryNextRun(tenantId, id);
  };

  const sweepStored = async (stored: StoredApproval) => {
    const { tenantId, id } = stored.value;
    seen.add(keyOf(tenantId, id));
    report.examined++;
    let recorded: boolean;
    try {
      recorded = await sweepOne(deps, stored, await setupOf(tenantId), now, report);
    } catch (err) {
      await fail(tenantId, id, err);
      return;
    }
    if (!recorded) await retryNextRun(tenantId, id);
  };

  return {
    async sweepFiled(change: ScheduledChange) {
      const tenantId = change.tenantId;
      const id = change.id as ApprovalId;
      if (seen.has(keyOf(tenantId, id))) return;
      seen.add(keyOf(tenantId, id));
      let stored: StoredApproval;
      try {
        stored = await deps.approvalStore.get(tenantId, id);
      } catch (err) {
        if (isDomainError(err) && err._tag === 'NotFound') report.stale++;
        else await fail(tenantId, id, err);
        return;
      }
      const next = stored.index.nextAlertAt;
      if (stored.value.status !== 'pending' || next === null || next > now) report.stale++;
      else await sweepStored(stored);
    },
    async sweepDue() {
      for (;;) {
        const due = (await deps.approvalStore.findAlertsDue(now, batchSize)).filter(
          (s) => !seen.has(keyOf(s.value.tenantId, s.value.id)),
        );
        if (due.length === 0) return;
        for (const stored of due) await sweepStored(stored);
      }
    },
    report: () => ({ ...report, failures: [...report.failures] }),
  };
}

/** False when a concurrent write won (412): the approval is left to the next run. */
async function sweepOne(
  deps: ApprovalAlertSweepDeps,
  stored: StoredApproval,
  setup: TenantSetup,
  now: EpochMs,
  report: ApprovalAlertSweepReport,
): Promise<boolean> {
  const approval = stored.value;
  const instants = approvalAlertInstants(approval, calendarLookup(setup.calendars));
  const due = approvalAlertsDue(approval, instants, new Set(stored.index.alertsSent), now);
  for (const alert of due) {
    await deps.notifier.notify(toApprovalSlaNotification(approval, alert, now));
    report.notifications++;
  }
  const alertsSent = [...stored.index.alertsSent, ...due.map((a) => a.key)];
  // Only the sweep's own fields change; the approval and the rest of its index stay as read.
  const index: ApprovalIndex = {
    ...stored.index,
    alertsSent,
    nextAlertAt: nextApprovalAlertAt(approval, instants, new Set(alertsSent)),
  };
  try {
    await deps.approvalStore.replace(approval, index, stored.etag);
    report.updated++;
    return true;
  } catch (err) {
    if (!isDomainError(err) || err._tag !== 'PreconditionFailed') throw err;
    report.skippedConflicts++;
    return false;
  }
}
