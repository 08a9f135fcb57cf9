/**
 * An alert card in the personal chat of the person a notification is for, sent once per
 * notification id (the sweep may call again after a lost race): claimed in the subject's posts
 * document before the card is rendered and posted. A person who has no chat with the bot yet
 * finds the alert in the tab only. Every feature's SLA alerts share this.
 */
import type { AdaptiveCard } from '../cards';
import type { Clock } from '../../kernel/ports';
import type { BotConnector } from './bot-connector';
import type { ConversationStore, PersonalChat } from './conversation-store';
import { postOnce } from './post-once';
import type { CardPostsStore, SentAlert } from './card-posts-store';

export interface PersonalChatAlertDeps {
  readonly clock: Clock;
  readonly conversations: Pick<ConversationStore, 'personalChat'>;
  /** The posts documents of the subject's kind (each feature keys its subjects apart). */
  readonly posts: CardPostsStore;
  readonly connector: BotConnector;
}

/** `render` runs only once the claim is ours, so a repeated call reads and renders nothing. */
export async function alertInPersonalChatOnce(
  deps: PersonalChatAlertDeps,
  notification: { readonly id: string; readonly tenantId: string; readonly personId: string },
  subjectId: string,
  render: (chat: PersonalChat) => Promise<AdaptiveCard>,
): Promise<void> {
  const { id, tenantId } = notification;
  const chat = await deps.conversations.personalChat(tenantId, notification.personId);
  if (!chat) return;
  const claim: SentAlert = { notificationId: id, activityId: null, reservedAt: deps.clock.now() };
  await postOnce(
    deps.posts,
    { tenantId, requestId: subjectId },
    {
      claim,
      find: (p) => p.alerts.find((a) => a.notificationId === id),
      put: (p, entry) => ({
        ...p,
        alerts: [...p.alerts.filter((a) => a.notificationId !== id), ...(entry ? [entry] : [])],
      }),
    },
    async () => deps.connector.post(chat, await render(chat)),
  );
}
