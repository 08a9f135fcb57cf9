/**
 * The half every card publisher shares (one per feature that posts cards): given what is posted
 * already and where the card is due, update each posted copy whose `shown` key is out of date in
 * place, and post to each new destination once (a `postOnce` claim per target, so two instances
 * never both post). One copy failing does not stop the others; the failures are thrown together
 * at the end, so the caller's background runner logs them.
 */
import type { AdaptiveCard, CardLocale } from '../cards';
import type { BotConnector, PostTarget } from './bot-connector';
import { postOnce } from './post-once';
import type { PostedCard, CardPostsStore } from './card-posts-store';

export interface CardDestination extends PostTarget {
  readonly target: string;
  readonly locale: CardLocale;
}

export interface CardCopiesDeps {
  /** The posts documents of the subject's kind (each feature keys its subjects apart). */
  readonly posts: CardPostsStore;
  readonly connector: BotConnector;
}

export interface CardCopies {
  readonly tenantId: string;
  /** The key of the subject's posts document: the subject's id. */
  readonly subjectId: string;
  /** Named in the error when a copy fails, e.g. `request <id>`. */
  readonly subjectName: string;
  readonly posted: readonly PostedCard[];
  /** Where the card is due; a target with a posted copy is left to the updates. */
  readonly destinations: readonly CardDestination[];
  /** What the card shows now: a copy posted with the same key needs no update. */
  readonly shown: string;
  readonly now: number;
  readonly cardFor: (target: string, locale: CardLocale) => AdaptiveCard;
}

export async function keepCardCopiesCurrent(deps: CardCopiesDeps, copies: CardCopies) {
  const { tenantId, subjectId, shown } = copies;
  const failures: unknown[] = [];
  const attempt = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (err) {
      failures.push(err);
    }
  };
  for (const entry of copies.posted) {
    const { activityId } = entry;
    if (activityId === null || entry.shown === shown) continue;
    await attempt(async () => {
      await deps.connector.update(entry, activityId, copies.cardFor(entry.target, entry.locale));
      await deps.posts.update(tenantId, subjectId, (current) => [
        {
          ...current,
          cards: current.cards.map((c) =>
            c.target === entry.target && c.activityId === activityId ? { ...c, shown } : c,
          ),
        },
        undefined,
      ]);
    });
  }
  for (const dest of copies.destinations) {
    if (copies.posted.some((c) => c.target === dest.target)) continue;
    await attempt(() => postOnceTo(deps, copies, dest));
  }
  if (failures.length > 0) {
    throw new AggregateError(failures, `Publishing the cards of ${copies.subjectName} failed.`);
  }
}

function postOnceTo(deps: CardCopiesDeps, copies: CardCopies, dest: CardDestination) {
  const claim: PostedCard = {
    target: dest.target,
    conversationId: dest.conversationId,
    serviceUrl: dest.serviceUrl,
    locale: dest.locale,
    activityId: null,
    reservedAt: copies.now,
    shown: copies.shown,
  };
  return postOnce(
    deps.posts,
    { tenantId: copies.tenantId, requestId: copies.subjectId },
    {
      claim,
      find: (p) => p.cards.find((c) => c.target === dest.target),
      put: (p, entry) => ({
        ...p,
        cards: [...p.cards.filter((c) => c.target !== dest.target), ...(entry ? [entry] : [])],
      }),
    },
    () => deps.connector.post(dest, copies.cardFor(dest.target, dest.locale)),
  );
}
