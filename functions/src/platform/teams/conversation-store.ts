/**
 * Where the bot may post, kept in the `directory` container (tenant partition, docType
 * `conversation`): every team/channel/group chat it was added to, each person's personal chat
 * (keyed by person, so a direct message is one point read) and each department's linked
 * channel (keyed by department, so a department has exactly one).
 */
import { createHash } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import { z } from 'zod';
import { cosmosCall, cosmosStatusOf, mapCosmosError } from '../cosmos/cosmos-errors';
import type { ConversationAddress } from './activity-facts';

export interface PersonalChat extends ConversationAddress {
  readonly personId: string;
  /** The person's Teams user id ("29:…"). */
  readonly userMri: string;
}

export interface DepartmentChannel extends ConversationAddress {
  readonly departmentId: string;
  readonly linkedBy: string;
  readonly linkedAt: string;
}

export interface ConversationStore {
  /** Upserts a team, channel or group chat the bot is in. */
  rememberChat(address: ConversationAddress): Promise<void>;
  rememberPersonalChat(chat: PersonalChat): Promise<void>;
  /** The bot left a conversation: forgets it and any department link to it. */
  forgetChat(tenantId: string, conversationId: string): Promise<void>;
  forgetPersonalChat(tenantId: string, personId: string): Promise<void>;
  personalChat(tenantId: string, personId: string): Promise<PersonalChat | undefined>;
  personalChats(tenantId: string): Promise<PersonalChat[]>;
  linkDepartment(link: DepartmentChannel): Promise<void>;
  departmentChannel(tenantId: string, departmentId: string): Promise<DepartmentChannel | undefined>;
}

const addressSchema = z.object({
  tenantId: z.string(),
  conversationId: z.string(),
  serviceUrl: z.url(),
  scope: z.enum(['personal', 'channel', 'groupChat']),
  teamId: z.string().optional(),
  locale: z.enum(['en', 'ru']),
});
const personalSchema = addressSchema.extend({ personId: z.string(), userMri: z.string() });
const departmentSchema = addressSchema.extend({
  departmentId: z.string(),
  linkedBy: z.string(),
  linkedAt: z.string(),
});

const docType = 'conversation';
// Conversation ids are long and may hold characters Cosmos ids do not allow; a hash fits.
const chatId = (conversationId: string) =>
  `${docType}:chat:${createHash('sha256').update(conversationId).digest('hex').slice(0, 40)}`;
const personId = (id: string) => `${docType}:person:${id}`;
const departmentId = (id: string) => `${docType}:department:${id}`;

export function makeCosmosConversationStore(
  container: Container,
  cacheMs = 5_000,
  nowMs: () => number = Date.now,
): ConversationStore {
  // Every request write asks where its card goes; most of the time the answer has not changed
  // for seconds, so it is kept briefly (this instance's own writes drop it at once).
  const cache = new Map<string, { at: number; doc: Promise<unknown> }>();
  const forget = (tenantId: string) => {
    for (const key of cache.keys()) if (key.startsWith(`${tenantId}/`)) cache.delete(key);
  };
  const upsert = (id: string, kind: string, value: ConversationAddress) => {
    forget(value.tenantId);
    return cosmosCall('Conversation', value.conversationId, () =>
      container.items.upsert({ ...value, id, docType, kind }),
    );
  };
  const readDoc = (tenantId: string, id: string): Promise<unknown> => {
    const key = `${tenantId}/${id}`;
    const hit = cache.get(key);
    if (hit && nowMs() - hit.at < cacheMs) return hit.doc;
    const doc = cosmosCall('Conversation', id, () => container.item(id, tenantId).read()).then(
      (r) => r.resource as unknown,
    );
    cache.set(key, { at: nowMs(), doc });
    doc.catch(() => cache.delete(key));
    return doc;
  };
  const read = async <S extends z.ZodType>(schema: S, tenantId: string, id: string) => {
    const resource = await readDoc(tenantId, id);
    return resource ? schema.parse(resource) : undefined;
  };
  const remove = async (tenantId: string, id: string) => {
    forget(tenantId);
    try {
      await container.item(id, tenantId).delete();
    } catch (err) {
      if (cosmosStatusOf(err) !== 404) throw mapCosmosError(err, 'Conversation', id);
    }
  };
  const query = async (
    tenantId: string,
    where: string,
    parameters: { name: string; value: string }[],
  ) => {
    const { resources } = await cosmosCall('Conversations of', tenantId, () =>
      container.items
        .query(
          {
            query: `SELECT * FROM c WHERE c.tenantId = @tenant AND c.docType = '${docType}' AND ${where}`,
            parameters: [{ name: '@tenant', value: tenantId }, ...parameters],
          },
          { partitionKey: tenantId },
        )
        .fetchAll(),
    );
    return resources as unknown[];
  };

  return {
    async rememberChat(address) {
      await upsert(chatId(address.conversationId), 'chat', address);
    },
    async rememberPersonalChat(chat) {
      await upsert(personId(chat.personId), 'personal', chat);
    },
    async forgetChat(tenantId, conversationId) {
      const links = await query(tenantId, `c.kind = 'department' AND c.conversationId = @c`, [
        { name: '@c', value: conversationId },
      ]);
      for (const link of links) await remove(tenantId, String((link as { id: unknown }).id));
      await remove(tenantId, chatId(conversationId));
    },
    async forgetPersonalChat(tenantId, id) {
      await remove(tenantId, personId(id));
    },
    personalChat: (tenantId, id) => read(personalSchema, tenantId, personId(id)),
    async personalChats(tenantId) {
      const docs = await query(tenantId, `c.kind = 'personal'`, []);
      return docs.map((d) => personalSchema.parse(d));
    },
    async linkDepartment(link) {
      await upsert(departmentId(link.departmentId), 'department', link);
    },
    departmentChannel: (tenantId, id) => read(departmentSchema, tenantId, departmentId(id)),
  };
}
