/**
 * The meetings container beyond one meeting by id: the tenant's meetings for the list, and the
 * minutes documents. Queries repeat the tenant filter although it is the partition key: the
 * local server ignores the partition key option, and in Azure it is a second guard.
 */
import type { Container } from '@azure/cosmos';
import { meetingDocumentSchema } from './meeting-document';
import { cosmosCall } from '../../platform/cosmos/cosmos-errors';
import type { MeetingCatalog, MinutesArchive } from './meeting-ports';
import { z } from 'zod';
import { minutesDocumentSchema } from './minutes-document';

const etagOf = (doc: unknown) => z.object({ _etag: z.string() }).parse(doc)._etag;

export function makeCosmosMeetingCatalog(container: Container): MeetingCatalog {
  return {
    async list(tenantId) {
      const query = {
        query: "SELECT * FROM c WHERE c.tenantId = @tenant AND c.docType = 'meeting'",
        parameters: [{ name: '@tenant', value: tenantId }],
      };
      const { resources } = await cosmosCall('Meetings of', tenantId, () =>
        container.items.query(query, { partitionKey: tenantId }).fetchAll(),
      );
      return resources.map((r: unknown) => ({
        value: meetingDocumentSchema.parse(r),
        etag: etagOf(r),
      }));
    },
  };
}

export function makeCosmosMinutesArchive(container: Container): MinutesArchive {
  return {
    async put(minutes) {
      const doc = minutesDocumentSchema.parse(minutes);
      await cosmosCall('Minutes', doc.id, () => container.items.upsert(doc));
    },
    async list(tenantId, seriesId) {
      const query = {
        query:
          "SELECT * FROM c WHERE c.tenantId = @tenant AND c.docType = 'meeting-minutes' " +
          'AND c.seriesId = @series ORDER BY c.occurrenceDate DESC',
        parameters: [
          { name: '@tenant', value: tenantId },
          { name: '@series', value: seriesId },
        ],
      };
      const { resources } = await cosmosCall('Minutes of', seriesId, () =>
        container.items.query(query, { partitionKey: tenantId }).fetchAll(),
      );
      return resources.map((r: unknown) => minutesDocumentSchema.parse(r));
    },
  };
}
