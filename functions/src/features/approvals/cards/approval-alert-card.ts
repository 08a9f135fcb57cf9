/**
 * The approval SLA warning or breach card, sent to the current approver(s) and the requester:
 * a banner over the approval card as that person sees it, so an approver can decide from it.
 */
import type { ApprovalAlertLevel } from '../approval-alerts';
import { type ApprovalCardView, approvalCard } from './approval-card';
import { approvalCardTexts } from './approval-card-texts';
import type { AdaptiveCard } from '../../../platform/cards/card-types';
import { withBanner } from '../../../platform/cards/message-card';
import { text } from '../../../platform/cards/card-elements';

export type { ApprovalAlertLevel };

export interface ApprovalAlertCardView extends ApprovalCardView {
  readonly alert: { readonly level: ApprovalAlertLevel; readonly atPercent: number };
}

export function approvalAlertCard(view: ApprovalAlertCardView): AdaptiveCard {
  const t = approvalCardTexts(view.locale);
  const breach = view.alert.level === 'breach';
  const headline = breach
    ? t('alert.breach')
    : t('alert.warning', { percent: view.alert.atPercent });
  const card = approvalCard(view);
  return withBanner(
    { ...card, fallbackText: `${headline}: ${card.fallbackText}` },
    [text(headline, { weight: 'Bolder', color: breach ? 'Attention' : 'Warning' })],
    breach ? 'attention' : 'warning',
  );
}
