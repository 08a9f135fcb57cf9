/**
 * What the bot has posted about one approval (its cards in personal chats, its SLA alerts), kept
 * exactly like a request's (platform/teams/card-posts-store.ts: one document per subject, conditional
 * writes, the same `postOnce` claims), under the key `approval:<id>`, so an approval and a
 * request can never share a posts document.
 */
import type { Container } from '@azure/cosmos';
import {
  type CardPostsStore,
  makeCosmosCardPostsStore,
} from '../../../platform/teams/card-posts-store';

export type ApprovalPostsStore = CardPostsStore;

export const approvalPostsKey = (approvalId: string) => `approval:${approvalId}`;

export function makeCosmosApprovalPostsStore(container: Container): ApprovalPostsStore {
  return keyedByApproval(makeCosmosCardPostsStore(container));
}

/** Callers pass the approval id; the document is the one under its own key. */
export function keyedByApproval(posts: CardPostsStore): ApprovalPostsStore {
  return {
    get: (tenantId, approvalId) => posts.get(tenantId, approvalPostsKey(approvalId)),
    update: (tenantId, approvalId, change) =>
      posts.update(tenantId, approvalPostsKey(approvalId), change),
  };
}
