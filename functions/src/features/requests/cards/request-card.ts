/**
 * The request card: posted to the responding department's channel and to the requester, and
 * returned per user by `refresh`. A pure function of the request, its SLA and the viewer; the
 * viewer null is the shared card everybody sees before Teams fetches their own view.
 */
import type { EpochMs, Person, Request } from '@tandem/shared';
import { toIsoInstant } from '@tandem/shared';
import type { SlaDto } from '../../../kernel/sla-view';
import type { CardNames } from '../../../platform/cards/card-names';
import type { CardLocale } from '../../../platform/cards/card-texts';
import { inReadersZone } from '../../../platform/cards/card-time';
import {
  type AdaptiveCard,
  type OpenUrlAction,
  cardSchemaUrl,
  cardVersion,
} from '../../../platform/cards/card-types';
import { escapeInline } from '../../../platform/cards/escape-text';
import { withMessage } from '../../../platform/cards/message-card';
import { cardActionsFor, refreshFor, requestActions } from './request-card-actions';
import { historySection, slaSection, summarySection } from './request-card-sections';
import { text } from '../../../platform/cards/card-elements';
import { type TabLink, requestDeepLink } from '../../../platform/cards/tab-link';
import { requestCardTexts } from './request-card-texts';

export interface RequestCardView {
  readonly request: Request;
  /** The ETag the card was built from; a click on a stale card is then told apart by the bot. */
  readonly etag: string;
  readonly sla: SlaDto;
  readonly viewer: Person | null;
  readonly names: CardNames;
  readonly tab: TabLink;
  readonly now: EpochMs;
  readonly locale: CardLocale;
  /**
   * Teams user MRIs of the people who may act (see `peopleWhoMayAct`), for `refresh.userIds`.
   * Leave it out when the bot does not know them: Teams then refreshes for everyone in
   * conversations of up to 60 members.
   */
  readonly refreshUserIds?: readonly string[];
}

export function requestCard(view: RequestCardView): AdaptiveCard {
  const { request, names } = view;
  const t = requestCardTexts(view.locale);
  const data = { requestId: request.id, etag: view.etag };
  const refresh = refreshFor(request, data, t, view.refreshUserIds);
  return {
    type: 'AdaptiveCard',
    $schema: cardSchemaUrl,
    version: cardVersion,
    lang: view.locale,
    fallbackText: escapeInline(request.title),
    ...(refresh ? { refresh } : {}),
    body: [
      ...summarySection(request, names, t),
      slaSection(view.sla, names.departmentTimeZones.get(request.toDepartmentId), t, view.locale),
      historySection(request, names, t),
      text(`${t('card.asOf')} ${inReadersZone(toIsoInstant(view.now))}`, {
        isSubtle: true,
        size: 'Small',
      }),
    ],
    actions: [
      ...requestActions(cardActionsFor(request, view.viewer), data, t),
      openInTandem(view.tab, request, t('card.openInTandem')),
    ],
  };
}

/** Last on every card: the way to act on Teams mobile, where `Action.Execute` does not work. */
export function openInTandem(tab: TabLink, request: Request, title: string): OpenUrlAction {
  return { type: 'Action.OpenUrl', title, url: requestDeepLink(tab, request.id, request.title) };
}

/** The stale-click answer in the reader's language: the current card under the notice. */
export function staleCardNotice(card: AdaptiveCard, locale: CardLocale): AdaptiveCard {
  return withMessage(card, requestCardTexts(locale)('staleCard'));
}
