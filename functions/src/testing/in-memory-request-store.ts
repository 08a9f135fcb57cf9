/**
 * An in-memory RequestStore with the same contract as the Cosmos adapter (Conflict on an
 * existing id, PreconditionFailed on a stale ETag, NotFound across tenants), for use-case tests.
 */
import { randomUUID } from 'node:crypto';
import { Conflict, NotFound, PreconditionFailed, type Request } from '@tandem/shared';
import type { RequestIndex, RequestStore, StoredRequest } from '../ports';

export interface InMemoryRequestStore extends RequestStore {
  readonly all: () => StoredRequest[];
  /** Called before each replace commits; lets a test interleave a competing write. */
  beforeReplace?: (request: Request) => Promise<void>;
}

export function makeInMemoryRequestStore(): InMemoryRequestStore {
  const docs = new Map<string, StoredRequest>();
  const key = (tenantId: string, id: string) => `${tenantId}/${id}`;
  const save = (value: Request, index: RequestIndex, fingerprint?: string): StoredRequest => {
    const stored: StoredRequest = {
      value: structuredClone(value),
      etag: randomUUID(),
      index,
      ...(fingerprint ? { idempotencyFingerprint: fingerprint } : {}),
    };
    docs.set(key(value.tenantId, value.id), stored);
    return stored;
  };
  const store: InMemoryRequestStore = {
    all: () => [...docs.values()],
    async create(request, index, fingerprint) {
      if (docs.has(key(request.tenantId, request.id))) throw new Conflict('exists');
      return save(request, index, fingerprint);
    },
    async get(tenantId, id) {
      const doc = docs.get(key(tenantId, id));
      if (!doc) throw new NotFound('Request', id);
      return doc;
    },
    async replace(request, index, etag) {
      await store.beforeReplace?.(request);
      const doc = docs.get(key(request.tenantId, request.id));
      if (!doc) throw new NotFound('Request', request.id);
      if (doc.etag !== etag) throw new PreconditionFailed();
      return save(request, index, doc.idempotencyFingerprint);
    },
    async list(q) {
      const field = q.box === 'inbox' ? 'toDepartmentId' : 'fromDepartmentId';
      const items = [...docs.values()]
        .filter((d) => d.value.tenantId === q.tenantId && d.value[field] === q.departmentId)
        .sort((a, b) => (a.index.slaDueAt ?? Infinity) - (b.index.slaDueAt ?? Infinity));
      return { items: items.slice(0, q.limit), continuation: null };
    },
    async findSlaChangesDue(now, limit) {
      return [...docs.values()]
        .filter((d) => d.index.nextSlaChangeAt !== null && d.index.nextSlaChangeAt <= now)
        .sort((a, b) => (a.index.nextSlaChangeAt ?? 0) - (b.index.nextSlaChangeAt ?? 0))
        .slice(0, limit);
    },
  };
  return store;
}
