/**
 * The SLA warning or breach card sent to each person of the escalation chain: a banner saying
 * which clock and how far, over the request card as that person sees it (a head of the
 * responding department can acknowledge, answer or decline from it).
 */
import type { DueEscalation } from '@tandem/shared';
import type { AdaptiveCard } from '../../../platform/cards/card-types';
import { withBanner } from '../../../platform/cards/message-card';
import { type RequestCardView, requestCard } from './request-card';
import { text } from '../../../platform/cards/card-elements';
import { requestCardTexts } from './request-card-texts';

export type SlaAlert = Pick<DueEscalation, 'clock' | 'atPercent'>;

export interface SlaAlertCardView extends RequestCardView {
  readonly alert: SlaAlert;
}

export function isBreach(alert: SlaAlert): boolean {
  return alert.atPercent >= 100;
}

export function slaAlertCard(view: SlaAlertCardView): AdaptiveCard {
  const t = requestCardTexts(view.locale);
  const { clock, atPercent } = view.alert;
  const breach = isBreach(view.alert);
  const headline = breach
    ? t(`alert.breach.${clock}`)
    : t(`alert.warning.${clock}`, { percent: atPercent });
  const card = requestCard(view);
  return withBanner(
    { ...card, fallbackText: `${headline}: ${card.fallbackText}` },
    [text(headline, { weight: 'Bolder', color: breach ? 'Attention' : 'Warning' })],
    breach ? 'attention' : 'warning',
  );
}
