/**
 * What the bot has posted about one subject (an aggregate of some feature) — the cards in
 * channels and chats (to update them in place) and the alerts (so each is sent once) — as one
 * document per subject key in the `directory` container (tenant partition; docType
 * `request-posts`, the name it had when requests were the only subject). Features key their
 * subjects apart (`<kind>:<id>`). Every change is a conditional read-modify-write, so two
 * instances never both claim the same post.
 */
import type { Container, ItemDefinition } from '@azure/cosmos';
import { isDomainError } from '@tandem/shared';
import { z } from 'zod';
import { cosmosCall } from '../cosmos/cosmos-errors';

const postedCardSchema = z.object({
  /** 'department:<id>' or 'requester:<personId>'. */
  target: z.string(),
  conversationId: z.string(),
  serviceUrl: z.url(),
  locale: z.enum(['en', 'ru']),
  /** Null while an instance is posting it (since `reservedAt`). */
  activityId: z.string().nullable(),
  reservedAt: z.number(),
  /** What the posted card shows (version and SLA state): the same means no update is due. */
  shown: z.string(),
});
export type PostedCard = z.infer<typeof postedCardSchema>;

const sentAlertSchema = z.object({
  notificationId: z.string(),
  activityId: z.string().nullable(),
  reservedAt: z.number(),
});
export type SentAlert = z.infer<typeof sentAlertSchema>;

const postsSchema = z.object({
  cards: z.array(postedCardSchema),
  alerts: z.array(sentAlertSchema),
});
export type CardPosts = z.infer<typeof postsSchema>;

/** `change` answers the document to write (null: write nothing) and a result for the caller. */
export type PostsChange<T> = (current: CardPosts) => readonly [CardPosts | null, T];

export interface CardPostsStore {
  get(tenantId: string, requestId: string): Promise<CardPosts>;
  /** Applies `change` to the current document, again on a fresh read if another write won. */
  update<T>(tenantId: string, requestId: string, change: PostsChange<T>): Promise<T>;
}

const docType = 'request-posts';
const docId = (requestId: string) => `${docType}:${requestId}`;
const empty: CardPosts = { cards: [], alerts: [] };
const MAX_ATTEMPTS = 8;

export function makeCosmosCardPostsStore(container: Container): CardPostsStore {
  async function read(tenantId: string, requestId: string) {
    const { resource } = await cosmosCall('Posts of request', requestId, () =>
      container.item(docId(requestId), tenantId).read<ItemDefinition>(),
    );
    if (!resource) return { posts: empty, etag: undefined };
    return { posts: postsSchema.parse(resource), etag: String(resource._etag) };
  }

  return {
    async get(tenantId, requestId) {
      return (await read(tenantId, requestId)).posts;
    },

    async update(tenantId, requestId, change) {
      for (let attempt = 1; ; attempt++) {
        const { posts, etag } = await read(tenantId, requestId);
        const [next, result] = change(posts);
        if (!next) return result;
        const body = { ...next, id: docId(requestId), tenantId, requestId, docType };
        try {
          await cosmosCall('Posts of request', requestId, () =>
            etag
              ? container
                  .item(body.id, tenantId)
                  .replace(body, { accessCondition: { type: 'IfMatch', condition: etag } })
              : container.items.create(body),
          );
          return result;
        } catch (err) {
          const lostRace =
            isDomainError(err) && (err._tag === 'PreconditionFailed' || err._tag === 'Conflict');
          if (!lostRace || attempt >= MAX_ATTEMPTS) throw err;
        }
      }
    },
  };
}
