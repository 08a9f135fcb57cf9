/**
 * The wire contract of `GET /api/notifications`: a person's notifications as stored and as the
 * tab shows them. A request's notification names the request; an approval's SLA alert names the
 * approval.
 */
import { z } from 'zod';
import {
  type PersonId,
  type RequestId,
  type TenantId,
  personIdSchema,
  requestIdSchema,
  tenantIdSchema,
} from '../kernel/ids';
import { isoInstantSchema } from '../kernel/time';

export const requestNotificationKinds = [
  'sla-warning',
  'sla-breach',
  'request-created',
  'request-changed',
] as const;
export const approvalNotificationKinds = ['approval-sla-warning', 'approval-sla-breach'] as const;

const common = {
  id: z.string().min(1),
  tenantId: tenantIdSchema,
  personId: personIdSchema,
  title: z.string(),
  body: z.string(),
  createdAt: isoInstantSchema,
};

/** A notification about a request, as the use cases make it and the store keeps it. */
export interface RequestNotification {
  /** Deterministic, so that delivering the same notification twice stores it once. */
  readonly id: string;
  readonly tenantId: TenantId;
  readonly personId: PersonId;
  readonly kind: (typeof requestNotificationKinds)[number];
  readonly requestId: RequestId;
  readonly title: string;
  readonly body: string;
  readonly createdAt: string;
}

/** An approval's own SLA warned of or breached: to its current approver(s) and requester. */
export interface ApprovalNotification extends Omit<RequestNotification, 'kind' | 'requestId'> {
  readonly kind: (typeof approvalNotificationKinds)[number];
  readonly approvalId: string;
  readonly requestId?: undefined;
}

/** Every notification the one Notifier carries. */
export type AnyNotification = RequestNotification | ApprovalNotification;

export const notificationDtoSchema = z.union([
  z.object({ ...common, kind: z.enum(requestNotificationKinds), requestId: requestIdSchema }),
  z.object({ ...common, kind: z.enum(approvalNotificationKinds), approvalId: z.string().min(1) }),
]);
export type NotificationDto = z.infer<typeof notificationDtoSchema>;

export const notificationListSchema = z.object({
  items: z.array(notificationDtoSchema),
  count: z.number().int().min(0),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

/** Query of `GET /api/notifications`: how many of the newest. */
export const notificationListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
