/**
 * An in-memory RequestStore with the same contract as the Cosmos adapter (Conflict on an
 * existing id, PreconditionFailed on a stale ETag, NotFound across tenants, and every write that
 * sets a next SLA change filed in the schedule first), for use-case tests.
 */
import { randomUUID } from 'node:crypto';
import { Conflict, NotFound, PreconditionFailed, type Request } from '@tandem/shared';
import type { SlaSchedule } from '../../../kernel/ports';
import { REQUEST_SCHEDULED, fileNextSlaChange } from '../request-schedule';
import type { RequestIndex, RequestStore, StoredRequest } from '../request-store';

export interface InMemoryRequestStore extends RequestStore {
  readonly all: () => StoredRequest[];
  /** Called before each replace commits; lets a test interleave a competing write. */
  beforeReplace?: (request: Request) => Promise<void>;
  /** How often findSlaChangesDue (the query the schedule spares) has run. */
  readonly queries: () => number;
}

/** Without a schedule nothing is filed: for tests of use cases that never sweep. */
export function makeInMemoryRequestStore(
  schedule?: Pick<SlaSchedule, 'schedule'>,
): InMemoryRequestStore {
  let queries = 0;
  const file = async (request: Request, index: RequestIndex) => {
    if (schedule) await fileNextSlaChange(schedule, request, index);
  };
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
    queries: () => queries,
    async create(request, index, fingerprint) {
      await file(request, index);
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
      await file(request, index);
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
      queries++;
      return [...docs.values()]
        .filter((d) => d.index.nextSlaChangeAt !== null && d.index.nextSlaChangeAt <= now)
        .sort((a, b) => (a.index.nextSlaChangeAt ?? 0) - (b.index.nextSlaChangeAt ?? 0))
        .slice(0, limit);
    },
    async findSlaChangesAfter(after, page) {
      const start = Number(page.continuation ?? 0);
      const changes = [...docs.values()].flatMap(({ value, index }) =>
        index.nextSlaChangeAt !== null && index.nextSlaChangeAt > after
          ? [
              {
                tenantId: value.tenantId,
                kind: REQUEST_SCHEDULED,
                id: value.id,
                at: index.nextSlaChangeAt,
              },
            ]
          : [],
      );
      const end = start + page.limit;
      return {
        items: changes.slice(start, end),
        continuation: end < changes.length ? String(end) : null,
      };
    },
  };
  return store;
}
