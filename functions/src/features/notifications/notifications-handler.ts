/** GET /api/notifications: the caller's own notifications, newest first. */
import { ValidationFailed, notificationListQuerySchema } from '@tandem/shared';
import type { NotificationInbox } from './cosmos-notification-store';
import { type AuthDeps, authed } from '../../platform/http/authed';

export function makeNotificationsHandler(deps: AuthDeps & { notifications: NotificationInbox }) {
  return authed(deps, async (req, caller) => {
    const q = notificationListQuerySchema.safeParse(Object.fromEntries(req.query.entries()));
    if (!q.success) throw ValidationFailed.fromZod(q.error, 'The query is not valid.');
    const items = await deps.notifications.list(caller.tenantId, caller.id, q.data.limit);
    return {
      status: 200,
      headers: { 'Cache-Control': 'no-store' },
      jsonBody: { items, count: items.length },
    };
  });
}
