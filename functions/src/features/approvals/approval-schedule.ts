/**
 * Approvals in the SLA schedule: every write of an approval with an alert still to send files it
 * under the minute of its next alert first, as request writes file their next SLA change (filed
 * before written: a write that then fails leaves a stale entry the sweep skips).
 */
import type { Approval } from '@tandem/shared';
import type { SlaSchedule } from '../../kernel/ports';
import type { ApprovalIndex } from './approval-store';

/** The kind approvals are filed as (sweep-approval-alerts.ts handles its entries). */
export const APPROVAL_SCHEDULED = 'approval';

export async function fileNextAlert(
  schedule: Pick<SlaSchedule, 'schedule'>,
  approval: Approval,
  index: ApprovalIndex,
): Promise<void> {
  if (index.nextAlertAt === null) return;
  await schedule.schedule({
    tenantId: approval.tenantId,
    kind: APPROVAL_SCHEDULED,
    id: approval.id,
    at: index.nextAlertAt,
  });
}
