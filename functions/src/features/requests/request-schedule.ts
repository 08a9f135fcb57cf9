/**
 * Requests in the SLA schedule: every write that sets a next SLA change files the request under
 * that minute first (filed before written: a write that then fails leaves a stale entry the sweep
 * skips, while the other order could leave a stored change no sweep ever reads).
 */
import type { Request } from '@tandem/shared';
import type { SlaSchedule } from '../../kernel/ports';
import type { RequestIndex } from './request-store';

/** The kind requests are filed as (sweep-sla.ts handles its entries). */
export const REQUEST_SCHEDULED = 'request';

export async function fileNextSlaChange(
  schedule: Pick<SlaSchedule, 'schedule'>,
  request: Request,
  index: RequestIndex,
): Promise<void> {
  if (index.nextSlaChangeAt === null) return;
  await schedule.schedule({
    tenantId: request.tenantId,
    kind: REQUEST_SCHEDULED,
    id: request.id,
    at: index.nextSlaChangeAt,
  });
}
