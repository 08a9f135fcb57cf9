/** The chat cards page’s words, in English: the reference for the other languages. */
import type { Dictionary } from '@tandem/shared/browser';

export const cardPreviewEn = {
  'nav.cards': 'Chat cards',

  'cards.title': 'Chat cards',
  'cards.intro':
    'The cards Tandem’s bot would show you in Teams right now, with working buttons: try the chat experience without a Teams tenant.',
  'cards.reload': 'Refresh',
  'cards.count': { one: '{count} card', other: '{count} cards' },
  'cards.empty': 'No cards for you right now: nothing waits for you in chat.',
  'cards.kind.request': 'Request',
  'cards.kind.approval': 'Approval',
  'cards.kind.sla-alert': 'SLA alert',
  'cards.listLabel': 'Cards the bot would send you',
  'cards.renderFailed': 'This card could not be shown: {message}',
  'cards.sending': 'Sending to the bot…',
  'cards.updated': 'The card was updated.',
  'cards.actionFailed': 'The bot refused: {message}',
} as const satisfies Dictionary;
