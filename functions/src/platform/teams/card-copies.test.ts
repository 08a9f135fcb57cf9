import type { AdaptiveCard, CardLocale } from '../cards';
import type { BotConnector, PostTarget } from './bot-connector';
import { type CardCopies, type CardDestination, keepCardCopiesCurrent } from './card-copies';
import type { PostedCard, CardPosts, CardPostsStore } from './card-posts-store';

/** One posts document; the runs here are sequential, so no version check is needed. */
function postsHolding(cards: PostedCard[]): CardPostsStore {
  let doc: CardPosts = { cards, alerts: [] };
  return {
    get: async () => doc,
    async update(_tenant, _subject, change) {
      const [next, result] = change(doc);
      if (next) doc = next;
      return result;
    },
  };
}

/** Records what went where; a conversation named in `down` refuses every call. */
function connectorRecording(down: readonly string[] = []) {
  const calls: string[] = [];
  let ids = 0;
  const refuse = (to: PostTarget) => {
    if (down.includes(to.conversationId)) throw new Error(`${to.conversationId} is down`);
  };
  const connector: BotConnector = {
    async post(to, card) {
      refuse(to);
      calls.push(`post ${to.conversationId} ${card.fallbackText}`);
      return `activity-${++ids}`;
    },
    async update(to, activityId, card) {
      refuse(to);
      calls.push(`update ${to.conversationId} ${activityId} ${card.fallbackText}`);
    },
  };
  return { connector, calls };
}

const serviceUrl = 'https://smba.example.test/';
const copy = (target: string, shown: string, activityId: string | null = 'a-0'): PostedCard => ({
  target,
  conversationId: `conv-${target}`,
  serviceUrl,
  locale: 'en',
  activityId,
  reservedAt: 1,
  shown,
});
const destination = (target: string): CardDestination => ({
  target,
  conversationId: `conv-${target}`,
  serviceUrl,
  locale: 'ru',
});

function copiesOf(posted: readonly PostedCard[], destinations: readonly CardDestination[]) {
  return {
    tenantId: 't1',
    subjectId: 'r1',
    subjectName: 'request r1',
    posted,
    destinations,
    shown: 'v2',
    now: 5000,
    cardFor: (target: string, locale: CardLocale) =>
      ({ fallbackText: `${target}/${locale}` }) as AdaptiveCard,
  } satisfies CardCopies;
}

describe('keepCardCopiesCurrent', () => {
  it('updates only the copies that show an older state and posts once where none was posted', async () => {
    const posted = [copy('old', 'v1'), copy('same', 'v2'), copy('claimed', 'v1', null)];
    const posts = postsHolding(posted);
    const { connector, calls } = connectorRecording();
    const copies = copiesOf(posted, [destination('old'), destination('new')]);

    await keepCardCopiesCurrent({ posts, connector }, copies);

    expect(calls).toEqual(['update conv-old a-0 old/en', 'post conv-new new/ru']);
    const after = await posts.get('t1', 'r1');
    expect(after.cards.map((c) => [c.target, c.shown, c.activityId])).toEqual([
      ['old', 'v2', 'a-0'],
      ['same', 'v2', 'a-0'],
      ['claimed', 'v1', null],
      ['new', 'v2', 'activity-1'],
    ]);
  });

  it('goes on past a failing copy and then throws, naming the subject', async () => {
    const posted = [copy('down', 'v1'), copy('up', 'v1')];
    const posts = postsHolding(posted);
    const { connector, calls } = connectorRecording(['conv-down', 'conv-gone']);
    const copies = copiesOf(posted, [destination('gone'), destination('fresh')]);

    const run = keepCardCopiesCurrent({ posts, connector }, copies);

    await expect(run).rejects.toThrow('Publishing the cards of request r1 failed.');
    await expect(run).rejects.toMatchObject({ errors: [expect.any(Error), expect.any(Error)] });
    expect(calls).toEqual(['update conv-up a-0 up/en', 'post conv-fresh fresh/ru']);
    // The failed post released its claim, so the next run posts there again.
    expect((await posts.get('t1', 'r1')).cards.map((c) => c.target)).toEqual([
      'down',
      'up',
      'fresh',
    ]);
  });
});
