/**
 * Directory on the `directory` container: every configuration document of a tenant (department,
 * branch, person, calendar, request type, SLA policy) in the tenant's partition, told apart by
 * `docType` and keyed `<docType>:<id>` so ids of different kinds never collide. Reads are checked
 * against the domain schemas; `setup` is one single-partition query, cached for a few seconds
 * per instance because every API call needs it.
 */
import type { Container, ItemDefinition } from '@azure/cosmos';
import {
  type Person,
  type PersonId,
  type TenantId,
  branchSchema,
  builtInRequestTypesFor,
  businessCalendarSpecSchema,
  departmentSchema,
  personSchema,
  requestTypeSchema,
  slaPolicySchema,
} from '@tandem/shared';
import { z } from 'zod';
import type { Clock, Directory, TenantSetup } from '../../kernel/ports';
import { cosmosCall, requireResource } from './cosmos-errors';

export const directoryDocTypes = {
  department: departmentSchema,
  branch: branchSchema,
  person: personSchema,
  calendar: businessCalendarSpecSchema,
  'request-type': requestTypeSchema,
  'sla-policy': slaPolicySchema,
} as const;
export type DirectoryDocType = keyof typeof directoryDocTypes;

export const directoryDocId = (docType: DirectoryDocType, id: string): string => `${docType}:${id}`;

const docTypeSchema = z.object({
  docType: z.enum(Object.keys(directoryDocTypes) as [DirectoryDocType]),
});

export interface DirectoryDoc {
  readonly value: { readonly id: string } & Record<string, unknown>;
  readonly etag: string;
}

export interface DirectoryStore extends Directory {
  list(tenantId: TenantId, docType: DirectoryDocType): Promise<DirectoryDoc[]>;
  /**
   * Creates the document (Conflict if it exists) or, with an ETag, replaces it (PreconditionFailed
   * if it changed meanwhile). Drops the tenant's cached setup. Returns the new ETag.
   */
  put(
    tenantId: TenantId,
    docType: DirectoryDocType,
    doc: { id: string },
    etag?: string,
  ): Promise<string>;
  remove(tenantId: TenantId, docType: DirectoryDocType, id: string, etag?: string): Promise<void>;
}

export function makeCosmosDirectory(
  container: Container,
  clock: Clock,
  cacheMs = 5_000,
): DirectoryStore {
  const cache = new Map<string, { at: number; setup: Promise<TenantSetup> }>();
  // Every API call resolves its caller: a few seconds of caching saves a read per call, and a
  // directory change made here drops the tenant's entries at once.
  const people = new Map<string, { at: number; person: Promise<Person | undefined> }>();
  const peopleLists = new Map<string, { at: number; people: Promise<Person[]> }>();
  const forget = (tenantId: string) => {
    cache.delete(tenantId);
    peopleLists.delete(tenantId);
    for (const key of people.keys()) if (key.startsWith(`${tenantId}/`)) people.delete(key);
  };

  async function loadSetup(tenantId: TenantId): Promise<TenantSetup> {
    const { resources } = await cosmosCall('Directory of', tenantId, () =>
      container.items
        .query<ItemDefinition>(
          {
            query: `SELECT * FROM c WHERE c.tenantId = @tenant AND c.docType IN ('department', 'branch', 'calendar', 'request-type', 'sla-policy')`,
            parameters: [{ name: '@tenant', value: tenantId }],
          },
          { partitionKey: tenantId },
        )
        .fetchAll(),
    );
    const of = <K extends DirectoryDocType>(kind: K) =>
      resources
        .filter((r) => docTypeSchema.parse(r).docType === kind)
        .map(
          (r) =>
            directoryDocTypes[kind].parse({ ...r, id: stripPrefix(r.id as string) }) as z.output<
              (typeof directoryDocTypes)[K]
            >,
        );
    return {
      departments: of('department'),
      branches: of('branch'),
      calendars: of('calendar'),
      requestTypes: [...builtInRequestTypesFor(tenantId), ...of('request-type')],
      slaPolicies: of('sla-policy'),
    };
  }

  async function readPeople(tenantId: TenantId): Promise<Person[]> {
    const { resources } = await cosmosCall('People of', tenantId, () =>
      container.items
        .query<ItemDefinition>(
          {
            query: `SELECT * FROM c WHERE c.tenantId = @tenant AND c.docType = 'person'`,
            parameters: [{ name: '@tenant', value: tenantId }],
          },
          { partitionKey: tenantId },
        )
        .fetchAll(),
    );
    return resources.map((r) => personSchema.parse({ ...r, id: stripPrefix(r.id as string) }));
  }

  async function readPerson(tenantId: TenantId, personId: PersonId): Promise<Person | undefined> {
    const id = directoryDocId('person', personId);
    const { resource } = await cosmosCall('Person', personId, () =>
      container.item(id, tenantId).read<ItemDefinition>(),
    );
    return resource ? personSchema.parse({ ...resource, id: personId }) : undefined;
  }

  return {
    findPerson(tenantId, personId: PersonId) {
      const key = `${tenantId}/${personId}`;
      const now = clock.now();
      const hit = people.get(key);
      if (hit && now - hit.at < cacheMs) return hit.person;
      const person = readPerson(tenantId, personId);
      people.set(key, { at: now, person });
      person.catch(() => people.delete(key));
      return person;
    },

    listPeople(tenantId) {
      const now = clock.now();
      const hit = peopleLists.get(tenantId);
      if (hit && now - hit.at < cacheMs) return hit.people;
      const list = readPeople(tenantId);
      peopleLists.set(tenantId, { at: now, people: list });
      list.catch(() => peopleLists.delete(tenantId));
      return list;
    },

    setup(tenantId) {
      const now = clock.now();
      const hit = cache.get(tenantId);
      if (hit && now - hit.at < cacheMs) return hit.setup;
      const setup = loadSetup(tenantId);
      cache.set(tenantId, { at: now, setup });
      setup.catch(() => cache.delete(tenantId));
      return setup;
    },

    async list(tenantId, docType) {
      const { resources } = await cosmosCall(docType, tenantId, () =>
        container.items
          .query(
            {
              query: 'SELECT * FROM c WHERE c.tenantId = @tenant AND c.docType = @t',
              parameters: [
                { name: '@tenant', value: tenantId },
                { name: '@t', value: docType },
              ],
            },
            { partitionKey: tenantId },
          )
          .fetchAll(),
      );
      return resources.map((r) => ({
        value: withoutSystemFields(r as Record<string, unknown>),
        etag: String((r as { _etag: unknown })._etag),
      }));
    },

    async put(tenantId, docType, doc, etag) {
      const id = directoryDocId(docType, doc.id);
      const body = { ...doc, id, tenantId, docType };
      const { resource } = await cosmosCall(docType, doc.id, () =>
        etag
          ? container
              .item(id, tenantId)
              .replace(body, { accessCondition: { type: 'IfMatch', condition: etag } })
          : container.items.create(body),
      );
      forget(tenantId);
      return String(requireResource(resource, docType, doc.id)._etag);
    },

    async remove(tenantId, docType, id, etag) {
      await cosmosCall(docType, id, () =>
        container
          .item(directoryDocId(docType, id), tenantId)
          .delete(etag ? { accessCondition: { type: 'IfMatch', condition: etag } } : {}),
      );
      forget(tenantId);
    },
  };
}

function stripPrefix(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

const SYSTEM_FIELDS = new Set(['_etag', '_rid', '_self', '_ts', '_attachments', 'docType']);

function withoutSystemFields(doc: Record<string, unknown>): DirectoryDoc['value'] {
  const out = Object.fromEntries(Object.entries(doc).filter(([k]) => !SYSTEM_FIELDS.has(k)));
  return { ...out, id: stripPrefix(String(doc.id)) };
}
