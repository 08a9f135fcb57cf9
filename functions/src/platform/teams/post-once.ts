/**
 * Posting something exactly once per key (a request card per target, an alert per
 * notification) across instances: claim the key in the request's posts document with a
 * conditional write, post, then record the activity id. A failed post releases the claim so a
 * later run retries; a claim left by a crashed instance expires after a while.
 */
import type { CardPosts, CardPostsStore } from './card-posts-store';

export const CLAIM_EXPIRES_MS = 2 * 60_000;

interface Claimable {
  readonly activityId: string | null;
  readonly reservedAt: number;
}

export interface PostOnceSlot<E extends Claimable> {
  readonly find: (posts: CardPosts) => E | undefined;
  readonly put: (posts: CardPosts, entry: E | undefined) => CardPosts;
  /** The entry that claims the slot (activityId null, reservedAt now). */
  readonly claim: E;
}

/** Returns the new activity id, or undefined when the slot was taken already. */
export async function postOnce<E extends Claimable>(
  posts: CardPostsStore,
  where: { readonly tenantId: string; readonly requestId: string },
  slot: PostOnceSlot<E>,
  post: () => Promise<string>,
): Promise<string | undefined> {
  const { tenantId, requestId } = where;
  const claimed = await posts.update(tenantId, requestId, (current) => {
    const existing = slot.find(current);
    const taken =
      existing !== undefined &&
      (existing.activityId !== null ||
        slot.claim.reservedAt - existing.reservedAt < CLAIM_EXPIRES_MS);
    return taken ? [null, false] : [slot.put(current, slot.claim), true];
  });
  if (!claimed) return undefined;
  let activityId: string;
  try {
    activityId = await post();
  } catch (err) {
    await posts.update(tenantId, requestId, (current) =>
      isOurClaim(slot.find(current), slot.claim)
        ? [slot.put(current, undefined), undefined]
        : [null, undefined],
    );
    throw err;
  }
  await posts.update(tenantId, requestId, (current) => [
    slot.put(current, { ...slot.claim, activityId }),
    undefined,
  ]);
  return activityId;
}

function isOurClaim(entry: Claimable | undefined, claim: Claimable): boolean {
  return entry !== undefined && entry.activityId === null && entry.reservedAt === claim.reservedAt;
}
