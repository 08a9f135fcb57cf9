/**
 * Reads and conditional writes of local calendar events in the `meetings` container: every read
 * checked against the schema, every change written with If-Match and re-applied on a lost race.
 */
import type { Container, ItemDefinition } from '@azure/cosmos';
import { NotFound, PreconditionFailed, type TenantId } from '@tandem/shared';
import { cosmosCall } from '../../../../platform/cosmos/cosmos-errors';
import {
  type LocalEventDocument,
  localEventDocumentId,
  localEventDocumentSchema,
} from './local-event-document';

export interface LocalEventStore {
  /** Applies `apply` to the organiser's event (NotFound for anyone else's); undefined = no change. */
  change(
    organiser: string,
    eventId: string,
    apply: (doc: LocalEventDocument) => LocalEventDocument | undefined,
  ): Promise<void>;
  /** Every event of the tenant, cancelled ones included. */
  list(): Promise<LocalEventDocument[]>;
}

export function makeLocalEventStore(container: Container, tenantId: TenantId): LocalEventStore {
  const read = async (eventId: string) => {
    const { resource } = await cosmosCall('Calendar event', eventId, () =>
      container.item(localEventDocumentId(eventId), tenantId).read<ItemDefinition>(),
    );
    return resource === undefined ? undefined : parse(resource);
  };
  return {
    async change(organiser, eventId, apply) {
      for (let attempt = 1; ; attempt++) {
        const found = await read(eventId);
        if (!found || !sameMailbox(found.doc.organiserMailbox, organiser)) {
          throw new NotFound('Calendar event', eventId);
        }
        const next = apply(found.doc);
        if (!next) return;
        try {
          await cosmosCall('Calendar event', eventId, () =>
            container.item(next.id, tenantId).replace(next, {
              accessCondition: { type: 'IfMatch', condition: found.etag },
            }),
          );
          return;
        } catch (err) {
          if (!(err instanceof PreconditionFailed) || attempt >= 5) throw err;
        }
      }
    },
    async list() {
      const query = {
        query: "SELECT * FROM c WHERE c.tenantId = @tenant AND c.docType = 'calendar-event'",
        parameters: [{ name: '@tenant', value: tenantId }],
      };
      const { resources } = await cosmosCall('Calendar events of', tenantId, () =>
        container.items.query(query, { partitionKey: tenantId }).fetchAll(),
      );
      return resources.map((r) => parse(r).doc);
    },
  };
}

export const sameMailbox = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function parse(resource: unknown): { doc: LocalEventDocument; etag: string } {
  const etag = (resource as { _etag?: unknown })._etag;
  if (typeof etag !== 'string') throw new Error('A calendar event document has no _etag.');
  return { doc: localEventDocumentSchema.parse(resource), etag };
}
