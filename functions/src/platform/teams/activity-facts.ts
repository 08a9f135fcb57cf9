/**
 * What the bot reads from an inbound activity, checked with zod (the SDK only casts the body).
 * Who acts is the person Teams says sent the activity — `from.aadObjectId` in the activity's
 * tenant — and never anything a card carries in its data.
 */
import { z } from 'zod';
import type { CardLocale } from '../cards';
import type { Identity } from '../../kernel/caller';

export type ConversationScope = 'personal' | 'channel' | 'groupChat';

/** Where the bot can post: what a proactive message needs. */
export interface ConversationAddress {
  readonly tenantId: string;
  readonly conversationId: string;
  readonly serviceUrl: string;
  readonly scope: ConversationScope;
  readonly teamId?: string | undefined;
  /** Language of the cards posted there: that of the person who installed or linked the bot. */
  readonly locale: CardLocale;
}

const activitySchema = z.object({
  serviceUrl: z.url({ protocol: /^https?$/ }),
  locale: z.string().optional(),
  from: z.object({ id: z.string().min(1), aadObjectId: z.string().min(1).optional() }),
  recipient: z.object({ id: z.string().min(1) }).optional(),
  conversation: z.object({
    id: z.string().min(1),
    tenantId: z.string().min(1).optional(),
    conversationType: z.string().optional(),
  }),
  channelData: z
    .object({
      tenant: z.object({ id: z.string().min(1) }).optional(),
      team: z.object({ id: z.string().min(1) }).optional(),
    })
    .optional(),
});
type InboundActivity = z.infer<typeof activitySchema>;

function read(activity: unknown): InboundActivity | undefined {
  const parsed = activitySchema.safeParse(activity);
  return parsed.success ? parsed.data : undefined;
}

/** The tenant, from the conversation or the channel data; none when the two disagree. */
export function tenantOf(activity: unknown): string | undefined {
  const a = read(activity);
  const fromConversation = a?.conversation.tenantId;
  const fromChannelData = a?.channelData?.tenant?.id;
  if (fromConversation && fromChannelData && fromConversation !== fromChannelData) return undefined;
  return fromConversation ?? fromChannelData;
}

export function actorOf(activity: unknown): Identity | undefined {
  const tenantId = tenantOf(activity);
  const objectId = read(activity)?.from.aadObjectId;
  return tenantId && objectId ? { tenantId, objectId } : undefined;
}

/** The Teams user id ("29:…") of the sender, used for `refresh.userIds`. */
export function senderMriOf(activity: unknown): string | undefined {
  return read(activity)?.from.id;
}

export function cardLocaleOf(activity: unknown): CardLocale {
  const locale = (activity as { locale?: unknown } | null)?.locale;
  return typeof locale === 'string' && /^ru(-|$)/i.test(locale) ? 'ru' : 'en';
}

export function conversationOf(activity: unknown): ConversationAddress | undefined {
  const a = read(activity);
  const tenantId = tenantOf(activity);
  if (!a || !tenantId) return undefined;
  const type = a.conversation.conversationType;
  const scope: ConversationScope =
    type === 'personal' || type === 'groupChat' || type === 'channel'
      ? type
      : a.channelData?.team
        ? 'channel'
        : 'personal';
  const teamId = a.channelData?.team?.id;
  return {
    tenantId,
    conversationId: channelRoot(a.conversation.id),
    serviceUrl: a.serviceUrl.replace(/\/+$/, ''),
    scope,
    ...(teamId ? { teamId } : {}),
    locale: cardLocaleOf(activity),
  };
}

/** Whether the bot itself is among the given accounts (conversationUpdate's members). */
export function isBotAmong(activity: unknown, members: readonly { id: string }[] | undefined) {
  const botId = read(activity)?.recipient?.id;
  return botId !== undefined && (members ?? []).some((m) => m.id === botId);
}

/**
 * A message in a channel arrives in its thread ("19:…@thread.tacv2;messageid=…"); a new
 * top-level post goes to the channel itself.
 */
export function channelRoot(conversationId: string): string {
  return conversationId.replace(/;messageid=[^;]*$/, '');
}
