/**
 * The approval card: posted in personal chat to whoever must decide now and to the requester,
 * and returned per user by `refresh`. A pure function of the approval, its SLA and the viewer;
 * the viewer null is the read-only card everybody may see.
 */
import type { Approval, EpochMs, Person } from '@tandem/shared';
import { toIsoInstant } from '@tandem/shared';
import type { ApprovalSlaDto } from '../approval-view';
import { approvalActions, approvalRefresh } from './approval-card-actions';
import {
  approvalSummary,
  approversSection,
  deadlineSection,
  trailSection,
} from './approval-card-sections';
import { approvalCardTexts } from './approval-card-texts';
import { approvalDeepLink } from './approval-deep-link';
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
import { text } from '../../../platform/cards/card-elements';
import type { TabLink } from '../../../platform/cards/tab-link';

export interface ApprovalCardView {
  readonly approval: Approval;
  /** The version the card shows (`approvalVersion`), sent back as If-Match by a click. */
  readonly etag: string;
  readonly sla: ApprovalSlaDto;
  readonly viewer: Person | null;
  readonly names: CardNames;
  readonly tab: TabLink;
  readonly now: EpochMs;
  readonly locale: CardLocale;
  /**
   * Teams user MRIs of the people who may act (`peopleWhoMayActOnApproval`) for
   * `refresh.userIds`; left out when the bot does not know them all.
   */
  readonly refreshUserIds?: readonly string[];
}

export function approvalCard(view: ApprovalCardView): AdaptiveCard {
  const { approval } = view;
  const t = approvalCardTexts(view.locale);
  const words = { t, locale: view.locale, names: view.names };
  const data = { approvalId: approval.id, etag: view.etag };
  const refresh = approvalRefresh(approval, data, t, view.refreshUserIds);
  return {
    type: 'AdaptiveCard',
    $schema: cardSchemaUrl,
    version: cardVersion,
    lang: view.locale,
    fallbackText: `${t(`kind.${approval.kind}`)}: ${escapeInline(approval.title)}`,
    ...(refresh ? { refresh } : {}),
    body: [
      ...approvalSummary(approval, words),
      approversSection(approval, words),
      deadlineSection(approval, view.sla, view.now, words),
      trailSection(approval, words),
      text(`${t('card.asOf')} ${inReadersZone(toIsoInstant(view.now))}`, {
        isSubtle: true,
        size: 'Small',
      }),
    ],
    actions: [
      ...approvalActions(approval, view.viewer, data, t),
      openApprovalInTandem(view.tab, approval, t('card.openInTandem')),
    ],
  };
}

/** Last on every card: the way to act on Teams mobile, where `Action.Execute` does not work. */
function openApprovalInTandem(tab: TabLink, approval: Approval, title: string): OpenUrlAction {
  return { type: 'Action.OpenUrl', title, url: approvalDeepLink(tab, approval.id, approval.title) };
}

/** The stale-click answer in the reader's language: the current card under the notice. */
export function approvalStaleNotice(card: AdaptiveCard, locale: CardLocale): AdaptiveCard {
  return withMessage(card, approvalCardTexts(locale)('staleCard'));
}
