/**
 * The `requests` container: one document per request aggregate (with its history), queried per
 * tenant; approvals share it (other docTypes). docs/architecture.md ("Cosmos DB design") explains
 * the indexing choices.
 */
import type { IndexingPolicy } from '@azure/cosmos';
import type { ContainerDefinition } from '../../platform/cosmos/container-definitions';

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

export const requestsContainer = {
  id: 'requests',
  partitionKey: { paths: ['/tenantId'] },
  indexingPolicy: requestsIndexing,
} as const satisfies ContainerDefinition;
