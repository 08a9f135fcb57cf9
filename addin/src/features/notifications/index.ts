/** What the rest of the tab may use of the notifications: the bell and its state. */
export { NotificationsButton } from './notifications-button';
export { type NotificationsState, useNotifications } from './use-notifications';
