import { CLAIM_EXPIRES_MS, type PostOnceSlot, postOnce } from './post-once';
import type { CardPosts, CardPostsStore, SentAlert } from './card-posts-store';

/** Conditional writes like Cosmos': a write based on an older read is retried on a fresh one. */
function makeInMemoryPosts(): CardPostsStore {
  let doc: { posts: CardPosts; version: number } = {
    posts: { cards: [], alerts: [] },
    version: 0,
  };
  const pause = () => new Promise((r) => setImmediate(r));
  return {
    async get() {
      return doc.posts;
    },
    async update(_tenant, _request, change) {
      for (;;) {
        const seen = doc;
        await pause();
        const [next, result] = change(seen.posts);
        if (!next) return result;
        await pause();
        if (doc.version !== seen.version) continue;
        doc = { posts: next, version: seen.version + 1 };
        return result;
      }
    },
  };
}

const where = { tenantId: 't', requestId: 'r' };
const slotAt = (reservedAt: number): PostOnceSlot<SentAlert> => ({
  claim: { notificationId: 'n1', activityId: null, reservedAt },
  find: (p) => p.alerts.find((a) => a.notificationId === 'n1'),
  put: (p, entry) => ({ ...p, alerts: entry ? [entry] : [] }),
});

describe('postOnce', () => {
  it('posts once when two callers race for the same slot', async () => {
    const posts = makeInMemoryPosts();
    let sent = 0;
    const post = async () => `activity-${++sent}`;
    const results = await Promise.all([
      postOnce(posts, where, slotAt(1000), post),
      postOnce(posts, where, slotAt(1000), post),
    ]);
    expect(sent).toBe(1);
    expect(results.filter((r) => r !== undefined)).toEqual(['activity-1']);
    expect((await posts.get('t', 'r')).alerts).toEqual([
      { notificationId: 'n1', activityId: 'activity-1', reservedAt: 1000 },
    ]);
  });

  it('releases the slot when the post fails, so a later call posts', async () => {
    const posts = makeInMemoryPosts();
    await expect(
      postOnce(posts, where, slotAt(1000), async () => {
        throw new Error('connector down');
      }),
    ).rejects.toThrow('connector down');
    expect((await posts.get('t', 'r')).alerts).toEqual([]);
    expect(await postOnce(posts, where, slotAt(2000), async () => 'activity-9')).toBe('activity-9');
  });

  it('takes over a claim left behind by a crashed caller only once it has expired', async () => {
    const posts = makeInMemoryPosts();
    await posts.update('t', 'r', (p) => [{ ...p, alerts: [slotAt(1000).claim] }, undefined]);
    const post = async () => 'activity-2';
    expect(await postOnce(posts, where, slotAt(1000 + CLAIM_EXPIRES_MS - 1), post)).toBeUndefined();
    expect(await postOnce(posts, where, slotAt(1000 + CLAIM_EXPIRES_MS), post)).toBe('activity-2');
  });
});
