/** The notifications button’s words, in English: the reference for the other languages. */
import type { Dictionary } from '@tandem/shared/browser';

export const notificationsEn = {
  'notifications.label': 'Notifications',
  'notifications.newCount': { one: '{count} new notification', other: '{count} new notifications' },

  'notifications.title': 'Notifications',
  'notifications.empty': 'No notifications yet.',
} as const satisfies Dictionary;
