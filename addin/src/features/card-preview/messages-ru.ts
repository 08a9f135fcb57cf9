/** The chat cards page’s words, in Russian: typed against the English keys, so none can be missing. */
import type { Translation } from '@tandem/shared/browser';
import type { cardPreviewEn } from './messages-en';

export const cardPreviewRu: Translation<typeof cardPreviewEn> = {
  'nav.cards': 'Карточки чата',

  'cards.title': 'Карточки чата',
  'cards.intro':
    'Карточки, которые бот Tandem показал бы вам в Teams прямо сейчас, с рабочими кнопками: попробуйте работу в чате без клиента Teams.',
  'cards.reload': 'Обновить',
  'cards.count': {
    one: '{count} карточка',
    few: '{count} карточки',
    many: '{count} карточек',
    other: '{count} карточки',
  },
  'cards.empty': 'Карточек для вас сейчас нет: в чате вас ничего не ждёт.',
  'cards.kind.request': 'Запрос',
  'cards.kind.approval': 'Согласование',
  'cards.kind.sla-alert': 'Сигнал SLA',
  'cards.listLabel': 'Карточки, которые прислал бы бот',
  'cards.renderFailed': 'Карточку не удалось показать: {message}',
  'cards.sending': 'Отправка боту…',
  'cards.updated': 'Карточка обновлена.',
  'cards.actionFailed': 'Бот отказал: {message}',
};
