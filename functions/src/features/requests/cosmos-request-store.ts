/**
 * RequestStore on the `requests` container: one document per request aggregate, partitioned by
 * tenant (request-document.ts says what a document holds). Every update is conditional on the
 * ETag. Every write that sets a next SLA change first files the request in the SLA schedule
 * (request-schedule.ts).
 */
import type { Container, ItemDefinition, SqlParameter } from '@azure/cosmos';
import {
  type EpochMs,
  type Request,
  type RequestId,
  type TenantId,
  toIsoInstant,
} from '@tandem/shared';
import type { SlaSchedule } from '../../kernel/ports';
import { cosmosCall, requireResource } from '../../platform/cosmos/cosmos-errors';
import { cosmosPage, fromPageToken, toPageToken } from '../../platform/cosmos/page-token';
import { fromDocument, toDocument } from './request-document';
import { findSlaChangesAfter } from './sla-change-pages';
import { fileNextSlaChange } from './request-schedule';
import { readStored } from '../../kernel/stored-document';
import { type AfterWritePublisher, noAfterWrite } from '../../kernel/events';
import type { RequestIndex, RequestQuery, RequestStore, StoredRequest } from './request-store';

const REQUEST_KIND = { entity: 'Request', docType: 'request' } as const;

/** The kind of aggregate request writes are published as on the after-write bus. */
export const REQUEST_WRITTEN = 'request';

export function makeCosmosRequestStore(
  container: Container,
  schedule: Pick<SlaSchedule, 'schedule'>,
  events: AfterWritePublisher = noAfterWrite,
): RequestStore {
  const written = (stored: StoredRequest, created: boolean): StoredRequest => {
    const { tenantId, id } = stored.value;
    events.publish({ kind: REQUEST_WRITTEN, tenantId, id, created, value: stored });
    return stored;
  };
  const fileNextChange = (request: Request, index: RequestIndex) =>
    fileNextSlaChange(schedule, request, index);
  return {
    async create(request, index, fingerprint) {
      await fileNextChange(request, index);
      const { resource } = await cosmosCall('Request', request.id, () =>
        container.items.create(toDocument(request, index, fingerprint)),
      );
      return written(fromDocument(requireResource(resource, 'Request', request.id)), true);
    },

    async get(tenantId: TenantId, id: RequestId) {
      const { resource } = await cosmosCall('Request', id, () =>
        container.item(id, tenantId).read<ItemDefinition>(),
      );
      // Other kinds of document share the container: their ids are not requests.
      return readStored(REQUEST_KIND, resource, tenantId, id, fromDocument);
    },

    async replace(request, index, etag) {
      await fileNextChange(request, index);
      const { resource } = await cosmosCall('Request', request.id, () =>
        container.item(request.id, request.tenantId).replace(toDocument(request, index), {
          accessCondition: { type: 'IfMatch', condition: etag },
        }),
      );
      return written(fromDocument(requireResource(resource, 'Request', request.id)), false);
    },

    async list(q: RequestQuery) {
      const cosmosToken = fromPageToken(q.continuation);
      const field = q.box === 'inbox' ? 'toDepartmentId' : 'fromDepartmentId';
      // The tenant filter repeats the partition key on purpose: the local server ignores the
      // partitionKey option, and on Azure it is a second guard between tenants.
      const where = [`c.tenantId = @tenant`, `c.docType = 'request'`, `c.${field} = @dept`];
      const parameters: SqlParameter[] = [
        { name: '@tenant', value: q.tenantId },
        { name: '@dept', value: q.departmentId },
      ];
      if (q.statuses?.length) {
        where.push('ARRAY_CONTAINS(@statuses, c.status)');
        parameters.push({ name: '@statuses', value: [...q.statuses] });
      }
      if (q.slaStates?.length) {
        where.push('ARRAY_CONTAINS(@slaStates, c.slaState)');
        parameters.push({ name: '@slaStates', value: [...q.slaStates] });
      }
      if (q.typeIds?.length) {
        where.push('ARRAY_CONTAINS(@types, c.typeId)');
        parameters.push({ name: '@types', value: [...q.typeIds] });
      }
      if (q.branchIds?.length) {
        where.push('ARRAY_CONTAINS(@branches, c.fromBranchId)');
        parameters.push({ name: '@branches', value: [...q.branchIds] });
      }
      if (q.search) {
        where.push('CONTAINS(LOWER(c.title), @search)');
        parameters.push({ name: '@search', value: q.search.toLowerCase() });
      }
      const query = {
        query: `SELECT * FROM c WHERE ${where.join(' AND ')} ORDER BY c.${field} ASC, c.nextDueAt ASC, c.createdAt ASC`,
        parameters,
      };
      const iterator = container.items.query(query, {
        partitionKey: q.tenantId,
        maxItemCount: q.limit,
        ...(cosmosToken ? { continuationToken: cosmosToken } : {}),
      });
      const page = await cosmosPage('Requests of', q.tenantId, cosmosToken, () =>
        iterator.fetchNext(),
      );
      return {
        items: page.resources.map(fromDocument),
        continuation: toPageToken(page.continuationToken),
      };
    },

    async findSlaChangesDue(now: EpochMs, limit: number) {
      const iterator = container.items.query(
        {
          query: `SELECT TOP @limit * FROM c WHERE c.docType = 'request' AND c.nextSlaChangeAt <= @now ORDER BY c.nextSlaChangeAt ASC`,
          parameters: [
            { name: '@limit', value: limit },
            { name: '@now', value: toIsoInstant(now) },
          ],
        },
        { maxItemCount: limit },
      );
      const { resources } = await cosmosCall('SLA changes due at', toIsoInstant(now), () =>
        iterator.fetchAll(),
      );
      return resources.map(fromDocument);
    },

    findSlaChangesAfter: (after, page) => findSlaChangesAfter(container, after, page),
  };
}
