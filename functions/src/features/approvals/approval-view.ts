/**
 * One approval as a person sees it: its version (the ETag people act on), its SLA as of now,
 * whose decision it waits for and what the viewer may do; and the index fields it is stored with.
 */
import {
  type Approval,
  type ApprovalActionName,
  type ApprovalSlaDto,
  type ClockStatus,
  type EpochMs,
  type Person,
  type PersonId,
  allowedDecisions,
  approvalSlaStatus,
  awaitingApprovers,
  toIsoInstant,
} from '@tandem/shared';
import type { TenantSetup } from '../../kernel/ports';
import { calendarLookup } from '../../kernel/sla-view';
import { approvalAlertInstants, nextApprovalAlertAt } from './approval-alerts';
import type { ApprovalIndex, StoredApproval } from './approval-store';
import { etagOf } from '../../kernel/version';

/** The approval's SLA as the API and the cards show it: the shape of the shared contract. */
export type { ApprovalSlaDto } from '@tandem/shared';

export interface ApprovalView {
  readonly stored: StoredApproval;
  readonly version: string;
  readonly sla: ApprovalSlaDto;
  /** Still pending after the instant the requester needed the answer by. */
  readonly overdue: boolean;
  readonly awaiting: readonly PersonId[];
  readonly allowedDecisions: readonly ApprovalActionName[];
}

/** Changes with every event of the trail, as a request's version does (request-version.ts). */
export function approvalVersion(approval: Approval): string {
  return etagOf(`${approval.history.length}-${approval.history.at(-1)?.id ?? 'none'}`);
}

function slaOf(approval: Approval, setup: TenantSetup, now: EpochMs): ClockStatus {
  return approvalSlaStatus(approval, calendarLookup(setup.calendars), now);
}

/** `alertsSent`: those recorded so far, carried over by every write (see approval-alerts.ts). */
export function approvalIndexOf(
  approval: Approval,
  setup: TenantSetup,
  now: EpochMs,
  alertsSent: readonly string[] = [],
): ApprovalIndex {
  const instants = approvalAlertInstants(approval, calendarLookup(setup.calendars));
  return {
    awaiting: awaitingApprovers(approval),
    slaDueAt: slaOf(approval, setup, now).dueAt,
    alertsSent,
    nextAlertAt: nextApprovalAlertAt(approval, instants, new Set(alertsSent)),
  };
}

/** The approval's SLA as the API and the cards show it. */
export function approvalSlaDtoOf(
  approval: Approval,
  setup: TenantSetup,
  now: EpochMs,
): ApprovalSlaDto {
  const sla = slaOf(approval, setup, now);
  return {
    state: sla.state,
    dueAt: toIsoInstant(sla.dueAt),
    targetMinutes: sla.targetMinutes,
    elapsedMinutes: round2(sla.elapsedMinutes),
    remainingMinutes: round2(sla.remainingMinutes),
    percentUsed: round2(sla.percentUsed),
    calendarId: approval.sla.calendarId,
  };
}

export function toApprovalView(
  stored: StoredApproval,
  setup: TenantSetup,
  viewer: Person,
  now: EpochMs,
): ApprovalView {
  const approval = stored.value;
  return {
    stored,
    version: approvalVersion(approval),
    sla: approvalSlaDtoOf(approval, setup, now),
    overdue: approval.status === 'pending' && now > Date.parse(approval.dueAt),
    awaiting: awaitingApprovers(approval),
    allowedDecisions: allowedDecisions(approval, viewer),
  };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;
