/** The `notifications` container: a per-person inbox (key = notificationPartitionKey). */
import type { IndexingPolicy } from '@azure/cosmos';
import type { ContainerDefinition } from '../../platform/cosmos/container-definitions';

const notificationsIndexing: IndexingPolicy = {
  indexingMode: 'consistent',
  automatic: true,
  includedPaths: [{ path: '/createdAt/?' }, { path: '/readAt/?' }],
  excludedPaths: [{ path: '/*' }],
};

export const notificationsContainer = {
  id: 'notifications',
  partitionKey: { paths: ['/recipientKey'] },
  indexingPolicy: notificationsIndexing,
} as const satisfies ContainerDefinition;

/**
 * The tenant is part of the key so that a person's notifications can never be read through
 * another tenant, and each person gets their own logical partition (no 20 GB ceiling per tenant).
 */
export function notificationPartitionKey(tenantId: string, personId: string): string {
  return `${tenantId}|${personId}`;
}
