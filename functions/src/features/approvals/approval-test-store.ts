/**
 * An in-memory ApprovalStore with the Cosmos adapter's contract (Conflict on an existing id,
 * PreconditionFailed on a stale ETag, NotFound across tenants, the same boxes and order, and
 * every write with an alert to send filed in the schedule first), for use-case tests. Not part
 * of the build.
 */
import { randomUUID } from 'node:crypto';
import { type Approval, Conflict, NotFound, PreconditionFailed } from '@tandem/shared';
import type { SlaSchedule } from '../../kernel/ports';
import { APPROVAL_SCHEDULED, fileNextAlert } from './approval-schedule';
import type { ApprovalIndex, ApprovalStore, StoredApproval } from './approval-store';

export interface InMemoryApprovalStore extends ApprovalStore {
  readonly all: () => StoredApproval[];
  /** Runs before each replace commits, so a test can slip a competing write in between. */
  beforeReplace?: (() => Promise<void>) | undefined;
}

/** Without a schedule nothing is filed: approvals written before the schedule knew them. */
export function makeInMemoryApprovalStore(
  schedule?: Pick<SlaSchedule, 'schedule'>,
): InMemoryApprovalStore {
  const file = async (approval: Approval, index: ApprovalIndex) => {
    if (schedule) await fileNextAlert(schedule, approval, index);
  };
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
      await file(approval, index);
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
      await file(approval, index);
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
    async findAlertsAfter(after, page) {
      const start = Number(page.continuation ?? 0);
      const changes = [...docs.values()].flatMap(({ value, index }) =>
        value.status === 'pending' && index.nextAlertAt !== null && index.nextAlertAt > after
          ? [
              {
                tenantId: value.tenantId,
                kind: APPROVAL_SCHEDULED,
                id: value.id,
                at: index.nextAlertAt,
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
