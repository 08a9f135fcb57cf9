/**
 * The approvals' part of the SLA sweep: pending approvals whose next alert is due (one indexed
 * query on `nextAlertAt`, so its cost follows what is due, not what is open), each alert sent to
 * its person through the Notifier (stored, and in chat beside it) and recorded in the approval's
 * index with a conditional write. Exactly once: a notification id is deterministic (approval,
 * level, person) and every Notifier is idempotent by it, and of two sweeps (or a sweep and a
 * decision) only one records the alert; the other's approval is simply evaluated again next run.
 */
import { type EpochMs, type TenantId, isDomainError } from '@tandem/shared';
import type { Capabilities, TenantSetup } from '../../kernel/ports';
import { calendarLookup } from '../../kernel/sla-view';
import { approvalAlertInstants, approvalAlertsDue } from './approval-alerts';
import { toApprovalSlaNotification } from './approval-sla-notification';
import type { ApprovalStore, StoredApproval } from './approval-store';
import { approvalIndexOf } from './approval-view';

export type ApprovalAlertSweepDeps = Pick<Capabilities, 'clock' | 'directory' | 'notifier'> & {
  readonly approvalStore: ApprovalStore;
};

export interface ApprovalAlertSweepReport {
  examined: number;
  notifications: number;
  updated: number;
  skippedConflicts: number;
  failed: number;
  failures: string[];
}

export async function sweepApprovalAlerts(
  deps: ApprovalAlertSweepDeps,
  batchSize = 200,
): Promise<ApprovalAlertSweepReport> {
  const now = deps.clock.now();
  const report: ApprovalAlertSweepReport = {
    examined: 0,
    notifications: 0,
    updated: 0,
    skippedConflicts: 0,
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
  for (;;) {
    const due = (await deps.approvalStore.findAlertsDue(now, batchSize)).filter(
      (s) => !seen.has(`${s.value.tenantId}/${s.value.id}`),
    );
    if (due.length === 0) return report;
    for (const stored of due) {
      const { tenantId, id } = stored.value;
      seen.add(`${tenantId}/${id}`);
      report.examined++;
      try {
        await sweepOne(deps, stored, await setupOf(tenantId), now, report);
      } catch (err) {
        report.failed++;
        const message = err instanceof Error ? err.message : String(err);
        if (report.failures.length < 20) report.failures.push(`${tenantId}/${id}: ${message}`);
      }
    }
  }
}

async function sweepOne(
  deps: ApprovalAlertSweepDeps,
  stored: StoredApproval,
  setup: TenantSetup,
  now: EpochMs,
  report: ApprovalAlertSweepReport,
): Promise<void> {
  const approval = stored.value;
  const instants = approvalAlertInstants(approval, calendarLookup(setup.calendars));
  const due = approvalAlertsDue(approval, instants, new Set(stored.index.alertsSent), now);
  for (const alert of due) {
    await deps.notifier.notify(toApprovalSlaNotification(approval, alert, now));
    report.notifications++;
  }
  const alertsSent = [...stored.index.alertsSent, ...due.map((a) => a.key)];
  try {
    await deps.approvalStore.replace(
      approval,
      approvalIndexOf(approval, setup, now, alertsSent),
      stored.etag,
    );
    report.updated++;
  } catch (err) {
    if (!isDomainError(err) || err._tag !== 'PreconditionFailed') throw err;
    report.skippedConflicts++;
  }
}
