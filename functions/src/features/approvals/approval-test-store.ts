/**
 * An in-memory ApprovalStore with the Cosmos adapter's contract (Conflict on an existing id,
 * PreconditionFailed on a stale ETag, NotFound across tenants, the same boxes and order), for
 * use-case tests. Not part of the build.
 */
import { randomUUID } from 'node:crypto';
import { type Approval, Conflict, NotFound, PreconditionFailed } from '@tandem/shared';
import type { ApprovalIndex, ApprovalStore, StoredApproval } from './approval-store';

export interface InMemoryApprovalStore extends ApprovalStore {
  readonly all: () => StoredApproval[];
  /** Runs before each replace commits, so a test can slip a competing write in between. */
  beforeReplace?: (() => Promise<void>) | undefined;
}

export function makeInMemoryApprovalStore(): InMemoryApprovalStore {
  const docs = new Map<string, StoredApproval>();
  const key = (tenantId: string, id: string) => `${tenantId}/${id}`;
  const save = (value: Approval, index: ApprovalIndex, fingerprint?: string) => {
    const stored: StoredApproval = {
      value: structuredClone(value),
      etag: randomUUID(),
      index: structuredClone(index),
      ...(fingerprint ? { idempotencyFingerprint: fingerprint } : {}),
    };
    docs.set(key(value.tenantId, value.id), stored);
    return structuredClone(stored);
  };
  const store: InMemoryApprovalStore = {
    all: () => [...docs.values()],
    async create(approval, index, fingerprint) {
      if (docs.has(key(approval.tenantId, approval.id))) {
        throw new Conflict(`Approval ${approval.id} already exists.`);
      }
      return save(approval, index, fingerprint);
    },
    async get(tenantId, id) {
      const stored = docs.get(key(tenantId, id));
      if (!stored) throw new NotFound('Approval', id);
      return structuredClone(stored);
    },
    async replace(approval, index, etag) {
      await store.beforeReplace?.();
      const current = docs.get(key(approval.tenantId, approval.id));
      if (!current) throw new NotFound('Approval', approval.id);
      if (current.etag !== etag) throw new PreconditionFailed();
      return save(approval, index, current.idempotencyFingerprint);
    },
    async list(q) {
      const items = [...docs.values()]
        .filter((s) => s.value.tenantId === q.tenantId)
        .filter((s) =>
          q.box === 'mine'
            ? s.value.requesterId === q.personId
            : s.index.awaiting.includes(q.personId),
        )
        .filter((s) => !q.statuses || q.statuses.includes(s.value.status))
        .sort((a, b) =>
          q.box === 'mine'
            ? b.value.createdAt.localeCompare(a.value.createdAt)
            : a.index.slaDueAt - b.index.slaDueAt,
        );
      const from = Number(q.continuation ?? 0);
      const page = items.slice(from, from + q.limit);
      const next = from + q.limit < items.length ? String(from + q.limit) : null;
      return { items: page.map((s) => structuredClone(s)), continuation: next };
    },
    async findAlertsDue(now, limit) {
      return [...docs.values()]
        .filter((s) => s.value.status === 'pending' && s.index.nextAlertAt !== null)
        .filter((s) => (s.index.nextAlertAt ?? Infinity) <= now)
        .sort((a, b) => (a.index.nextAlertAt ?? 0) - (b.index.nextAlertAt ?? 0))
        .slice(0, limit)
        .map((s) => structuredClone(s));
    },
  };
  return store;
}
