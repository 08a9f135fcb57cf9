/**
 * From a stored approval to the card a given viewer sees, with the tenant's names and the SLA as
 * of now; and what a posted card shows that can change (`approvalShownKey`).
 */
import type { Approval, EpochMs, Person } from '@tandem/shared';
import { approvalSlaDtoOf, approvalVersion } from '../approval-view';
import {
  type AdaptiveCard,
  type CardLocale,
  type TabLink,
  cardNamesFrom,
} from '../../../platform/cards';
import { type ApprovalCardView, approvalCard } from '../cards/approval-card';
import type { TenantSetup } from '../../../kernel/ports';
import type { TenantCardData } from '../../../platform/cards/tenant-card-data';

export interface ApprovalCardOptions {
  readonly viewer: Person | null;
  readonly locale: CardLocale;
  readonly now: EpochMs;
  readonly tab: TabLink;
  readonly refreshUserIds?: readonly string[] | undefined;
}

export function approvalCardViewOf(
  approval: Approval,
  data: TenantCardData,
  o: ApprovalCardOptions,
): ApprovalCardView {
  return {
    approval,
    etag: approvalVersion(approval),
    sla: approvalSlaDtoOf(approval, data.setup, o.now),
    viewer: o.viewer,
    names: cardNamesFrom(data.setup, data.people, o.locale),
    tab: o.tab,
    now: o.now,
    locale: o.locale,
    ...(o.refreshUserIds ? { refreshUserIds: o.refreshUserIds } : {}),
  };
}

export function approvalCardOf(
  approval: Approval,
  data: TenantCardData,
  o: ApprovalCardOptions,
): AdaptiveCard {
  return approvalCard(approvalCardViewOf(approval, data, o));
}

/** The version, the SLA state and whether the answer is overdue: the same means no update. */
export function approvalShownKey(approval: Approval, setup: TenantSetup, now: EpochMs): string {
  const overdue = approval.status === 'pending' && now > Date.parse(approval.dueAt);
  const { state } = approvalSlaDtoOf(approval, setup, now);
  return [approvalVersion(approval), state, overdue ? 'overdue' : 'in-time'].join('|');
}
