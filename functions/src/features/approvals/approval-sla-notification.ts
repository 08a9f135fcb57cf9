/** What the approval alert sweep tells a person when an approval's own SLA warns or is breached. */
import { type Approval, type EpochMs, toIsoInstant } from '@tandem/shared';
import type { ApprovalNotification } from '@tandem/shared';
import type { DueApprovalAlert } from './approval-alerts';

/** Deterministic (approval, level, person), so telling the same thing twice stores it once. */
export function toApprovalSlaNotification(
  approval: Approval,
  alert: DueApprovalAlert,
  now: EpochMs,
): ApprovalNotification {
  const breach = alert.level === 'breach';
  const decider = approval.requesterId === alert.personId ? 'the approvers' : 'you';
  return {
    id: `${approval.id}:approval-sla:${alert.level}:${alert.personId}`,
    tenantId: approval.tenantId,
    personId: alert.personId,
    kind: breach ? 'approval-sla-breach' : 'approval-sla-warning',
    approvalId: approval.id,
    title: breach
      ? `Approval overdue: ${approval.title}`
      : `Approval ${alert.atPercent}% of its time used: ${approval.title}`,
    body: breach
      ? `The time for ${decider} to decide on "${approval.title}" has passed.`
      : `${alert.atPercent}% of the time for ${decider} to decide on "${approval.title}" is used.`,
    createdAt: toIsoInstant(now),
  };
}
