/**
 * RequestStore on the `requests` container: one document per request aggregate, partitioned by
 * tenant. Beside the domain fields each document carries what the SLA engine computed so that
 * Cosmos can filter and sort on it (`slaState`, `nextDueAt`, `nextSlaChangeAt`). Every read is
 * checked against the domain schema; every update is conditional on the ETag.
 */
import type { Container, ItemDefinition, SqlParameter } from '@azure/cosmos';
import {
  type EpochMs,
  type Request,
  type RequestId,
  type TenantId,
  requestSchema,
  slaStateSchema,
  toIsoInstant,
} from '@tandem/shared';
import { z } from 'zod';
import type { RequestIndex, RequestQuery, RequestStore, StoredRequest } from '../../ports';
import { NO_DUE_AT } from './container-definitions';
import { cosmosCall, requireResource } from './cosmos-errors';

const indexFieldsSchema = z.object({
  _etag: z.string(),
  slaState: slaStateSchema,
  nextDueAt: z.string(),
  nextSlaChangeAt: z.string().nullable(),
  idempotencyFingerprint: z.string().optional(),
});

function toDocument(request: Request, index: RequestIndex, fingerprint?: string): ItemDefinition {
  return {
    ...request,
    docType: 'request',
    slaState: index.slaState,
    nextDueAt: index.slaDueAt === null ? NO_DUE_AT : toIsoInstant(index.slaDueAt),
    nextSlaChangeAt: index.nextSlaChangeAt === null ? null : toIsoInstant(index.nextSlaChangeAt),
    ...(fingerprint ? { idempotencyFingerprint: fingerprint } : {}),
  };
}

function fromDocument(doc: unknown): StoredRequest {
  const fields = indexFieldsSchema.parse(doc);
  const value = requestSchema.parse(doc);
  const nextDue = fields.nextDueAt === NO_DUE_AT ? null : Date.parse(fields.nextDueAt);
  return {
    value,
    etag: fields._etag,
    index: {
      slaState: fields.slaState,
      slaDueAt: nextDue,
      nextSlaChangeAt: fields.nextSlaChangeAt === null ? null : Date.parse(fields.nextSlaChangeAt),
    },
    ...(fields.idempotencyFingerprint
      ? { idempotencyFingerprint: fields.idempotencyFingerprint }
      : {}),
  };
}

export function makeCosmosRequestStore(container: Container): RequestStore {
  return {
    async create(request, index, fingerprint) {
      const { resource } = await cosmosCall('Request', request.id, () =>
        container.items.create(toDocument(request, index, fingerprint)),
      );
      return fromDocument(requireResource(resource, 'Request', request.id));
    },

    async get(tenantId: TenantId, id: RequestId) {
      const { resource } = await cosmosCall('Request', id, () =>
        container.item(id, tenantId).read(),
      );
      return fromDocument(requireResource(resource, 'Request', id));
    },

    async replace(request, index, etag) {
      const { resource } = await cosmosCall('Request', request.id, () =>
        container.item(request.id, request.tenantId).replace(toDocument(request, index), {
          accessCondition: { type: 'IfMatch', condition: etag },
        }),
      );
      return fromDocument(requireResource(resource, 'Request', request.id));
    },

    async list(q: RequestQuery) {
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
        ...(q.continuation ? { continuationToken: q.continuation } : {}),
      });
      const page = await cosmosCall('Requests of', q.tenantId, () => iterator.fetchNext());
      return {
        items: page.resources.map(fromDocument),
        continuation: page.continuationToken ?? null,
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
  };
}
