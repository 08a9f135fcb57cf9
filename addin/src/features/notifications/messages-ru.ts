/** The notifications button’s words, in Russian: typed against the English keys, so none can be missing. */
import type { Translation } from '@tandem/shared/browser';
import type { notificationsEn } from './messages-en';

export const notificationsRu: Translation<typeof notificationsEn> = {
  'notifications.label': 'Уведомления',
  'notifications.newCount': {
    one: '{count} новое уведомление',
    few: '{count} новых уведомления',
    many: '{count} новых уведомлений',
    other: '{count} нового уведомления',
  },

  'notifications.title': 'Уведомления',
  'notifications.empty': 'Уведомлений пока нет.',
};
