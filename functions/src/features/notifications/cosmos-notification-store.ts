/**
 * Notifications kept per person (until the bot delivers them to chat as well). The Notifier
 * writes with the notification's deterministic id, so a repeated delivery is a no-op.
 */
import type { Container } from '@azure/cosmos';
import { type PersonId, type TenantId, notificationDtoSchema } from '@tandem/shared';
import type { AnyNotification } from '@tandem/shared';
import type { Notifier } from '../../kernel/ports';
import { notificationPartitionKey } from './notifications-container';
import { cosmosCall, cosmosStatusOf, mapCosmosError } from '../../platform/cosmos/cosmos-errors';

export interface NotificationInbox extends Notifier {
  list(tenantId: TenantId, personId: PersonId, limit: number): Promise<AnyNotification[]>;
}

export function makeCosmosNotifications(container: Container): NotificationInbox {
  return {
    async notify(n) {
      try {
        await container.items.create({
          ...n,
          recipientKey: notificationPartitionKey(n.tenantId, n.personId),
        });
      } catch (err) {
        if (cosmosStatusOf(err) === 409) return; // delivered before: exactly once
        throw mapCosmosError(err, 'Notification', n.id);
      }
    },

    async list(tenantId, personId, limit) {
      const key = notificationPartitionKey(tenantId, personId);
      const { resources } = await cosmosCall('Notifications of', personId, () =>
        container.items
          .query(
            {
              query: 'SELECT TOP @n * FROM c WHERE c.recipientKey = @key ORDER BY c.createdAt DESC',
              parameters: [
                { name: '@n', value: limit },
                { name: '@key', value: key },
              ],
            },
            { partitionKey: key },
          )
          .fetchAll(),
      );
      return resources.map((r) => notificationDtoSchema.parse(r) as AnyNotification);
    },
  };
}
