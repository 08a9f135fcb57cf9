/**
 * The ApprovalStore every writer uses (API, cards, the alert sweep), with the posted approval
 * cards kept in step: after each successful create or replace the approval goes to the publisher
 * in the background, one at a time per approval. Hooking the store rather than each use case
 * means no writer can forget it.
 */
import type { ApprovalStore, StoredApproval } from '../approval-store';
import type { ApprovalCardPublisher } from './approval-card-publisher';
import type { BackgroundTasks } from '../../../platform/teams/background-tasks';

export function withApprovalCardPublishing(
  store: ApprovalStore,
  publisher: ApprovalCardPublisher,
  tasks: BackgroundTasks,
): ApprovalStore {
  const published = (stored: StoredApproval, created = false): StoredApproval => {
    const { tenantId, id } = stored.value;
    const hint = created ? { justCreated: stored.value } : undefined;
    tasks.run(`approval:${tenantId}/${id}`, () => publisher.publish(tenantId, id, hint));
    return stored;
  };
  // A spread keeps every read method as it is, including ones added to the port later.
  return {
    ...store,
    create: async (approval, index, fingerprint) =>
      published(await store.create(approval, index, fingerprint), true),
    replace: async (approval, index, etag) => published(await store.replace(approval, index, etag)),
  };
}
