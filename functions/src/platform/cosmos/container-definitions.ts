/**
 * The Cosmos DB containers of Tandem: partition keys and indexing policies, chosen for the
 * queries the product runs. docs/architecture.md ("Cosmos DB design") explains the choices.
 * Deployments that cannot create containers from the app (managed identity has data-plane
 * rights only) create them from these same definitions.
 */
import type { ContainerRequest, IndexingPolicy } from '@azure/cosmos';

/**
 * Fields the request documents must always carry for the inbox/outbox composite indexes: Cosmos
 * leaves a document out of a multi-field ORDER BY when one of the fields is missing, so a request
 * without a running clock stores NO_DUE_AT rather than omitting `nextDueAt`.
 */
export const REQUEST_ORDER_FIELDS = ['nextDueAt', 'createdAt'] as const;
/** ISO instant later than any real due date: sorts clock-less requests last. */
export const NO_DUE_AT = '9999-12-31T23:59:59.999Z';

const asc = (path: string) => ({ path, order: 'ascending' as const });

/** `<filter> ASC, nextDueAt ASC, createdAt ASC`: the inbox/outbox queries put their equality filters first in ORDER BY. */
const byDue = (...filters: string[]) => [...filters.map(asc), asc('/nextDueAt'), asc('/createdAt')];

const requestsIndexing: IndexingPolicy = {
  indexingMode: 'consistent',
  automatic: true,
  includedPaths: [{ path: '/*' }],
  // History and description are read with the document, never queried: indexing them only
  // costs RUs on every write (history grows with every action).
  excludedPaths: [{ path: '/history/*' }, { path: '/description/?' }, { path: '/"_etag"/?' }],
  compositeIndexes: [
    byDue(),
    byDue('/toDepartmentId'),
    byDue('/toDepartmentId', '/status'),
    byDue('/fromDepartmentId'),
    byDue('/fromDepartmentId', '/status'),
    byDue('/requesterId'),
  ],
};

const notificationsIndexing: IndexingPolicy = {
  indexingMode: 'consistent',
  automatic: true,
  includedPaths: [{ path: '/createdAt/?' }, { path: '/readAt/?' }],
  excludedPaths: [{ path: '/*' }],
};

/**
 * The SLA schedule is only ever read and written by id: indexing nothing keeps each patch of a
 * minute bucket cheap (every key of its `entries` map would otherwise be an indexed path).
 */
const slaScheduleIndexing: IndexingPolicy = {
  indexingMode: 'consistent',
  automatic: true,
  includedPaths: [],
  excludedPaths: [{ path: '/*' }],
};

export const containerDefinitions = {
  /** One document per request aggregate (with its history); queried per tenant. */
  requests: {
    id: 'requests',
    partitionKey: { paths: ['/tenantId'] },
    indexingPolicy: requestsIndexing,
  },
  /** Departments, branches, people, calendars, request types, SLA policies, bot refs (`docType`). */
  directory: { id: 'directory', partitionKey: { paths: ['/tenantId'] } },
  /** Per-person inbox of notifications; key = notificationPartitionKey(tenantId, personId). */
  notifications: {
    id: 'notifications',
    partitionKey: { paths: ['/recipientKey'] },
    indexingPolicy: notificationsIndexing,
  },
  meetings: { id: 'meetings', partitionKey: { paths: ['/tenantId'] } },
  /** The sweep's timer wheel: one bucket per UTC minute plus its checkpoint, all by id. */
  'sla-schedule': {
    id: 'sla-schedule',
    partitionKey: { paths: ['/id'] },
    indexingPolicy: slaScheduleIndexing,
  },
} as const satisfies Record<string, ContainerRequest & { id: string }>;

export type ContainerName = keyof typeof containerDefinitions;
export const containerNames = Object.keys(containerDefinitions) as ContainerName[];

/**
 * The tenant is part of the key so that a person's notifications can never be read through
 * another tenant, and each person gets their own logical partition (no 20 GB ceiling per tenant).
 */
export function notificationPartitionKey(tenantId: string, personId: string): string {
  return `${tenantId}|${personId}`;
}
