/**
 * The RequestStore every writer uses (API, card actions, SLA sweep), with the posted cards kept
 * in step: after each successful create or replace the request is handed to the publisher in
 * the background. Hooking the store rather than each use case means no writer can forget it.
 */
import type { RequestStore, StoredRequest } from '../../../kernel/ports';
import type { BackgroundTasks } from '../../../platform/teams/background-tasks';
import type { RequestCardPublisher } from './request-card-publisher';

export function withCardPublishing(
  store: RequestStore,
  publisher: RequestCardPublisher,
  tasks: BackgroundTasks,
): RequestStore {
  const published = (stored: StoredRequest, created = false): StoredRequest => {
    const { tenantId, id } = stored.value;
    const hint = created ? { justCreated: stored.value } : undefined;
    tasks.run(`${tenantId}/${id}`, () => publisher.publish(tenantId, id, hint));
    return stored;
  };
  // The stores are factories returning plain objects of closures, so a spread keeps every
  // read method as it is, including ones added to the port later.
  return {
    ...store,
    create: async (request, index, fingerprint) =>
      published(await store.create(request, index, fingerprint), true),
    replace: async (request, index, etag) => published(await store.replace(request, index, etag)),
  };
}
