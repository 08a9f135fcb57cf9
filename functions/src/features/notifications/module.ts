/**
 * The notifications feature, declared once: every notification is stored for the tab's bell
 * (added to the one Notifier first, so chat copies follow a stored one), and GET
 * /api/notifications lists the caller's.
 */
import type { FeatureModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { type NotificationInbox, makeCosmosNotifications } from './cosmos-notification-store';
import { makeNotificationsHandler } from './notifications-handler';
import { notificationOpenApi } from './notification-openapi';

export interface NotificationsFeature {
  readonly module: FeatureModule;
  readonly inbox: NotificationInbox;
}

export function notificationsModule(platform: Platform): NotificationsFeature {
  const inbox = makeCosmosNotifications(platform.container('notifications'));
  platform.notifier.add(inbox);
  return {
    inbox,
    module: {
      name: 'notifications',
      openApi: notificationOpenApi,
      routes: [
        {
          name: 'notifications',
          methods: ['GET'],
          route: 'notifications',
          handler: makeNotificationsHandler({ ...platform, notifications: inbox }),
        },
      ],
    },
  };
}
