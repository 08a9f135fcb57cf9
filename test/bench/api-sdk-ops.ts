/**
 * The direct-SDK side of the `api` benchmark: the same Cosmos operations the API's RequestStore
 * runs for create, get and list, with nothing around them (no HTTP, token, directory, schema
 * checks or SLA computation), on the same container, documents and partition key.
 */
import { randomUUID } from 'node:crypto';
import type { Container, ItemDefinition, SqlQuerySpec } from '@azure/cosmos';

const SYSTEM_FIELDS = ['_rid', '_self', '_etag', '_ts', '_attachments'];

/** A stored document as a template for new ones: the server's system fields dropped. */
export function toTemplate(doc: ItemDefinition): ItemDefinition {
  return Object.fromEntries(Object.entries(doc).filter(([k]) => !SYSTEM_FIELDS.includes(k)));
}

/**
 * The query RequestStore.list runs for `box=inbox` without filters (functions/src/adapters/cosmos/
 * request-store.ts). Kept in step by the benchmark itself: it fails when the first page through
 * the API and through this query differ.
 */
export function inboxQuery(tenantId: string, departmentId: string): SqlQuerySpec {
  return {
    query:
      "SELECT * FROM c WHERE c.tenantId = @tenant AND c.docType = 'request' AND c.toDepartmentId = @dept " +
      'ORDER BY c.toDepartmentId ASC, c.nextDueAt ASC, c.createdAt ASC',
    parameters: [
      { name: '@tenant', value: tenantId },
      { name: '@dept', value: departmentId },
    ],
  };
}

export interface SdkOps {
  readonly create: () => Promise<unknown>;
  readonly get: (seq: number) => Promise<unknown>;
  readonly list: () => Promise<readonly ItemDefinition[]>;
}

export function makeSdkOps(
  container: Container,
  opts: {
    readonly tenantId: string;
    readonly template: ItemDefinition;
    readonly ids: readonly string[];
    readonly list: SqlQuerySpec;
    readonly limit: number;
  },
): SdkOps {
  return {
    create: () => container.items.create({ ...opts.template, id: randomUUID() }),
    get: async (seq) => {
      const id = opts.ids[seq % opts.ids.length] as string;
      const { resource } = await container.item(id, opts.tenantId).read<ItemDefinition>();
      if (!resource) throw new Error(`request ${id} not found through the SDK`);
      return resource;
    },
    list: async () => {
      const page = await container.items
        .query<ItemDefinition>(opts.list, { partitionKey: opts.tenantId, maxItemCount: opts.limit })
        .fetchNext();
      return page.resources;
    },
  };
}
