/** GET /api/notifications: the caller's own notifications, newest first. */
import { ValidationFailed } from '@tandem/shared';
import { z } from 'zod';
import type { NotificationInbox } from './cosmos-notification-store';
import { type AuthDeps, authed } from '../../platform/http/authed';

const querySchema = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50) });

export function makeNotificationsHandler(deps: AuthDeps & { notifications: NotificationInbox }) {
  return authed(deps, async (req, caller) => {
    const q = querySchema.safeParse(Object.fromEntries(req.query.entries()));
    if (!q.success) throw ValidationFailed.fromZod(q.error, 'The query is not valid.');
    const items = await deps.notifications.list(caller.tenantId, caller.id, q.data.limit);
    return {
      status: 200,
      headers: { 'Cache-Control': 'no-store' },
      jsonBody: { items, count: items.length },
    };
  });
}
