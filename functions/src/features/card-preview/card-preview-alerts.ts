/**
 * The SLA alerts among the preview's cards: the newest alert the bot sent the person about each
 * request or approval that is still open, over the card as they see it now.
 */
import { type Approval, type Person, isDomainError, openStatuses } from '@tandem/shared';
import { type AdaptiveCard } from '../../platform/cards';
import type { AnyNotification } from '@tandem/shared';
import type { CardPreviewListDeps, PreviewCard } from './card-preview-list';
import type { TenantCardData } from '../../platform/cards/tenant-card-data';
import { type CardViewOptions, requestCardViewOf } from '../requests';
import {
  canViewApproval,
  approvalAlertCard,
  approvalAlertOf,
  approvalCardViewOf,
} from '../approvals';
import { canView, requestAlertOf as alertOf, slaAlertCard } from '../requests';

const MAX_ALERTS = 10;

export async function alertCards(
  deps: CardPreviewListDeps,
  caller: Person,
  data: TenantCardData,
  options: CardViewOptions,
): Promise<PreviewCard[]> {
  const notifications = await deps.notifications.list(caller.tenantId, caller.id, 50);
  const seen = new Set<string>();
  const out: PreviewCard[] = [];
  for (const n of notifications) {
    const subjectId = n.requestId ?? ('approvalId' in n ? n.approvalId : undefined);
    if (!subjectId || seen.has(subjectId) || out.length >= MAX_ALERTS) continue;
    seen.add(subjectId);
    const card = await alertCardOf(deps, caller, data, options, n).catch((err: unknown) => {
      // A subject deleted or no longer visible simply has no alert to show.
      if (isDomainError(err) && (err._tag === 'NotFound' || err._tag === 'Forbidden')) return null;
      throw err;
    });
    if (card)
      out.push({ id: `sla-alert:${n.id}`, kind: 'sla-alert', subjectId, title: n.title, card });
  }
  return out;
}

async function alertCardOf(
  deps: CardPreviewListDeps,
  caller: Person,
  data: TenantCardData,
  options: CardViewOptions,
  n: AnyNotification,
): Promise<AdaptiveCard | null> {
  if (n.kind === 'sla-warning' || n.kind === 'sla-breach') {
    const request = (await deps.requestStore.get(caller.tenantId, n.requestId)).value;
    const alert = alertOf(n);
    if (!alert || !openStatuses.includes(request.status) || !canView(request, caller)) return null;
    return slaAlertCard({ ...requestCardViewOf(request, data, options), alert });
  }
  if (
    (n.kind === 'approval-sla-warning' || n.kind === 'approval-sla-breach') &&
    deps.approvalStore
  ) {
    const approval = (await deps.approvalStore.get(caller.tenantId, n.approvalId as Approval['id']))
      .value;
    if (approval.status !== 'pending' || !canViewApproval(approval, caller)) return null;
    return approvalAlertCard({
      ...approvalCardViewOf(approval, data, options),
      alert: approvalAlertOf(n),
    });
  }
  return null;
}
