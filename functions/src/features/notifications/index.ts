/** The notifications feature's public face. */
export { type NotificationsFeature, notificationsModule } from './module';
export type { NotificationInbox } from './cosmos-notification-store';
