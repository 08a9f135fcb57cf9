/**
 * ApprovalStore on the `requests` container: one document per approval in the tenant's
 * partition, told apart from requests by `docType`. Every update is conditional on the ETag.
 * Every write with an alert still to send first files the approval in the SLA schedule
 * (approval-schedule.ts).
 */
import type { Container, ItemDefinition, SqlParameter } from '@azure/cosmos';
import { approvalIdSchema, tenantIdSchema, toIsoInstant } from '@tandem/shared';
import { z } from 'zod';
import type { SlaSchedule } from '../../kernel/ports';
import { cosmosCall, requireResource } from '../../platform/cosmos/cosmos-errors';
import { APPROVAL_SCHEDULED, fileNextAlert } from './approval-schedule';
import { cosmosPage, fromPageToken, toPageToken } from '../../platform/cosmos/page-token';
import { APPROVAL_DOC_TYPE, fromApprovalDocument, toApprovalDocument } from './approval-document';
import type { ApprovalQuery, ApprovalStore, StoredApproval } from './approval-store';
import { readStored } from '../../kernel/stored-document';
import { type AfterWritePublisher, noAfterWrite } from '../../kernel/events';

const APPROVAL_KIND = { entity: 'Approval', docType: APPROVAL_DOC_TYPE } as const;

/** The kind of aggregate approval writes are published as on the after-write bus. */
export const APPROVAL_WRITTEN = 'approval';

/** A row of the backfill's query: only what filing needs. */
const alertRowSchema = z.object({
  id: approvalIdSchema,
  tenantId: tenantIdSchema,
  nextAlertAt: z.iso.datetime({ offset: false }),
});

export function makeCosmosApprovalStore(
  container: Container,
  schedule: Pick<SlaSchedule, 'schedule'>,
  events: AfterWritePublisher = noAfterWrite,
): ApprovalStore {
  const written = (stored: StoredApproval, created: boolean): StoredApproval => {
    const { tenantId, id } = stored.value;
    events.publish({ kind: APPROVAL_WRITTEN, tenantId, id, created, value: stored });
    return stored;
  };
  return {
    async create(approval, index, fingerprint) {
      await fileNextAlert(schedule, approval, index);
      const { resource } = await cosmosCall('Approval', approval.id, () =>
        container.items.create(toApprovalDocument(approval, index, fingerprint)),
      );
      return written(
        fromApprovalDocument(requireResource(resource, 'Approval', approval.id)),
        true,
      );
    },

    async get(tenantId, id) {
      const { resource } = await cosmosCall('Approval', id, () =>
        container.item(id, tenantId).read<ItemDefinition>(),
      );
      // The local server ignores the partition key, and a request may share the id space.
      return readStored(APPROVAL_KIND, resource, tenantId, id, fromApprovalDocument);
    },

    async replace(approval, index, etag) {
      await fileNextAlert(schedule, approval, index);
      const { resource } = await cosmosCall('Approval', approval.id, () =>
        container
          .item(approval.id, approval.tenantId)
          .replace(toApprovalDocument(approval, index), {
            accessCondition: { type: 'IfMatch', condition: etag },
          }),
      );
      return written(
        fromApprovalDocument(requireResource(resource, 'Approval', approval.id)),
        false,
      );
    },

    async list(q: ApprovalQuery) {
      const cosmosToken = fromPageToken(q.continuation);
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
          ...(cosmosToken ? { continuationToken: cosmosToken } : {}),
        },
      );
      const page = await cosmosPage('Approvals of', q.tenantId, cosmosToken, () =>
        iterator.fetchNext(),
      );
      return {
        items: page.resources.map(fromApprovalDocument),
        continuation: toPageToken(page.continuationToken),
      };
    },

    async findAlertsDue(now, limit) {
      // Across tenants: the sweep's fallback when it cannot read the schedule's buckets. An
      // indexed range on one field, so on Azure it reads only what is due.
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

    async findAlertsAfter(after, page) {
      const iterator = container.items.query(
        {
          query: `SELECT c.id, c.tenantId, c.nextAlertAt FROM c WHERE c.docType = @docType AND c.status = 'pending' AND c.nextAlertAt > @after`,
          parameters: [
            { name: '@docType', value: APPROVAL_DOC_TYPE },
            { name: '@after', value: toIsoInstant(after) },
          ],
        },
        {
          maxItemCount: page.limit,
          ...(page.continuation ? { continuationToken: page.continuation } : {}),
        },
      );
      const { resources, continuationToken } = await cosmosCall(
        'Approval alerts after',
        toIsoInstant(after),
        () => iterator.fetchNext(),
      );
      return {
        items: resources.map((row) => {
          const r = alertRowSchema.parse(row);
          const at = Date.parse(r.nextAlertAt);
          return { tenantId: r.tenantId, kind: APPROVAL_SCHEDULED, id: r.id, at };
        }),
        continuation: continuationToken ?? null,
      };
    },
  };
}
