/**
 * The approval's own SLA as one clock of the SLA engine: it runs in the first approver's
 * department calendar from the moment it was asked for until it is settled (approved, rejected
 * or cancelled). Nothing pauses it: an approval never waits on its requester.
 */
import { type CalendarLookup, computeClock } from '../sla/clock';
import type { ClockStatus, ClockTimeline, EpochMs } from '../sla/types';
import type { Approval } from './approval';

/** Percent of the target at which the approval shows as 'warning'. */
export const APPROVAL_SLA_WARNINGS: readonly number[] = [75];

export function approvalClock(approval: Approval): ClockTimeline {
  const settled = approval.status === 'pending' ? undefined : approval.history.at(-1);
  return {
    segments: [
      { from: Date.parse(approval.createdAt), calendarId: approval.sla.calendarId, running: true },
    ],
    ...(settled ? { stoppedAt: Date.parse(settled.at) } : {}),
    targetMinutes: approval.sla.targetMinutes,
  };
}

export function approvalSlaStatus(
  approval: Approval,
  calendars: CalendarLookup,
  now: EpochMs,
): ClockStatus {
  return computeClock(approvalClock(approval), calendars, now, APPROVAL_SLA_WARNINGS);
}
