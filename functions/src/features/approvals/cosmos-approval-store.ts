/**
 * ApprovalStore on the `requests` container: one document per approval in the tenant's
 * partition, told apart from requests by `docType`. Every update is conditional on the ETag.
 */
import type { Container, ItemDefinition, SqlParameter } from '@azure/cosmos';
import { NotFound, toIsoInstant } from '@tandem/shared';
import { cosmosCall, requireResource } from '../../platform/cosmos/cosmos-errors';
import {
  APPROVAL_DOC_TYPE,
  fromApprovalDocument,
  isApprovalDocument,
  toApprovalDocument,
} from './approval-document';
import type { ApprovalQuery, ApprovalStore } from './approval-store';

export function makeCosmosApprovalStore(container: Container): ApprovalStore {
  return {
    async create(approval, index, fingerprint) {
      const { resource } = await cosmosCall('Approval', approval.id, () =>
        container.items.create(toApprovalDocument(approval, index, fingerprint)),
      );
      return fromApprovalDocument(requireResource(resource, 'Approval', approval.id));
    },

    async get(tenantId, id) {
      const { resource } = await cosmosCall('Approval', id, () =>
        container.item(id, tenantId).read<ItemDefinition>(),
      );
      // The local server ignores the partition key, and a request may share the id space.
      const doc = requireResource(resource, 'Approval', id) as { tenantId?: unknown };
      if (doc.tenantId !== tenantId || !isApprovalDocument(doc)) throw new NotFound('Approval', id);
      return fromApprovalDocument(doc);
    },

    async replace(approval, index, etag) {
      const { resource } = await cosmosCall('Approval', approval.id, () =>
        container
          .item(approval.id, approval.tenantId)
          .replace(toApprovalDocument(approval, index), {
            accessCondition: { type: 'IfMatch', condition: etag },
          }),
      );
      return fromApprovalDocument(requireResource(resource, 'Approval', approval.id));
    },

    async list(q: ApprovalQuery) {
      // The tenant filter repeats the partition key on purpose: the local server ignores the
      // partitionKey option, and on Azure it is a second guard between tenants.
      const where = ['c.tenantId = @tenant', 'c.docType = @docType'];
      const parameters: SqlParameter[] = [
        { name: '@tenant', value: q.tenantId },
        { name: '@docType', value: 'approval' },
        { name: '@me', value: q.personId },
      ];
      where.push(q.box === 'mine' ? 'c.requesterId = @me' : 'ARRAY_CONTAINS(c.awaiting, @me)');
      if (q.statuses?.length) {
        where.push('ARRAY_CONTAINS(@statuses, c.status)');
        parameters.push({ name: '@statuses', value: [...q.statuses] });
      }
      const order = q.box === 'mine' ? 'c.createdAt DESC' : 'c.slaDueAt ASC';
      const iterator = container.items.query(
        { query: `SELECT * FROM c WHERE ${where.join(' AND ')} ORDER BY ${order}`, parameters },
        {
          partitionKey: q.tenantId,
          maxItemCount: q.limit,
          ...(q.continuation ? { continuationToken: q.continuation } : {}),
        },
      );
      const page = await cosmosCall('Approvals of', q.tenantId, () => iterator.fetchNext());
      return {
        items: page.resources.map(fromApprovalDocument),
        continuation: page.continuationToken ?? null,
      };
    },

    async findAlertsDue(now, limit) {
      // Across tenants, like the requests' SLA sweep: an indexed range on one field, so it reads
      // only what is due however many approvals are open.
      const iterator = container.items.query(
        {
          query: `SELECT TOP @limit * FROM c WHERE c.docType = @docType AND c.status = 'pending' AND c.nextAlertAt <= @now ORDER BY c.nextAlertAt ASC`,
          parameters: [
            { name: '@limit', value: limit },
            { name: '@docType', value: APPROVAL_DOC_TYPE },
            { name: '@now', value: toIsoInstant(now) },
          ],
        },
        { maxItemCount: limit },
      );
      const { resources } = await cosmosCall('Approval alerts due at', toIsoInstant(now), () =>
        iterator.fetchAll(),
      );
      return resources.map(fromApprovalDocument);
    },
  };
}
