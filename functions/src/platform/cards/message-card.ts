/**
 * A message above a card: "this request changed before your click — here is the current state",
 * answered to a stale click instead of an error, and the small card with the message alone.
 */
import { type CardLocale, cardTexts } from './card-texts';
import {
  type AdaptiveCard,
  type CardElement,
  type ContainerStyle,
  cardSchemaUrl,
  cardVersion,
} from './card-types';
import { escapeCardText } from './escape-text';
import { text } from './card-elements';
import { type TabLink, tabHomeDeepLink } from './tab-link';

/**
 * The message is escaped like user text: callers may pass on texts from domain errors. With the
 * tab's address the card links to it, like every other card (Teams mobile cannot run buttons).
 */
export function messageCard(message: string, locale: CardLocale, tab?: TabLink): AdaptiveCard {
  const t = cardTexts(locale);
  return {
    type: 'AdaptiveCard',
    $schema: cardSchemaUrl,
    version: cardVersion,
    lang: locale,
    fallbackText: escapeCardText(message),
    body: [text(escapeCardText(message))],
    actions: tab
      ? [
          {
            type: 'Action.OpenUrl',
            title: t('card.openInTandem'),
            url: tabHomeDeepLink(tab, 'Tandem'),
          },
        ]
      : [],
  };
}

/** The card with the message on top, in an emphasised container. */
export function withMessage(
  card: AdaptiveCard,
  message: string,
  style: ContainerStyle = 'warning',
): AdaptiveCard {
  return withBanner(card, [text(escapeCardText(message), { weight: 'Bolder' })], style);
}

export function withBanner(
  card: AdaptiveCard,
  items: readonly CardElement[],
  style: ContainerStyle,
): AdaptiveCard {
  return { ...card, body: [{ type: 'Container', style, items: [...items] }, ...card.body] };
}
