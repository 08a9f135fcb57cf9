/**
 * Proactive messages through the Bot Connector: post a card to a conversation, update a posted
 * one in place. The SDK's API client does the calls (`POST /v3/conversations/{id}/activities`,
 * `PUT …/activities/{activityId}`) at the serviceUrl Teams gave with the conversation, with the
 * bot's token in azure mode.
 */
import { Client as ConnectorClient } from '@microsoft/teams.api';
import type { Client as HttpClient } from '@microsoft/teams.common';
import { type AdaptiveCard, unescapeCardText } from '../cards';

export interface PostTarget {
  readonly conversationId: string;
  readonly serviceUrl: string;
}

export interface BotConnector {
  /** Returns the id of the new activity, for later updates. */
  post(to: PostTarget, card: AdaptiveCard): Promise<string>;
  update(to: PostTarget, activityId: string, card: AdaptiveCard): Promise<void>;
}

export const adaptiveCardContentType = 'application/vnd.microsoft.card.adaptive';

export function cardMessage(card: AdaptiveCard) {
  return {
    type: 'message' as const,
    // Shown as plain text in notifications and the chat list, where the card is not rendered.
    summary: unescapeCardText(card.fallbackText),
    attachments: [{ contentType: adaptiveCardContentType, content: card }],
  };
}

/**
 * `http` carries the credentials: the App's token-bearing client in azure mode, a plain one in
 * local mode. `serviceUrlOverride` sends every call to one address (a local stand-in).
 */
export function makeSdkBotConnector(http: HttpClient, serviceUrlOverride?: string): BotConnector {
  const conversations = (to: PostTarget) =>
    new ConnectorClient(serviceUrlOverride ?? to.serviceUrl, http).conversations;
  return {
    async post(to, card) {
      const sent = await conversations(to).createActivity(to.conversationId, cardMessage(card));
      if (!sent?.id) throw new Error(`The Bot Connector returned no activity id for a post.`);
      return sent.id;
    },
    async update(to, activityId, card) {
      await conversations(to).updateActivity(to.conversationId, activityId, {
        ...cardMessage(card),
        id: activityId,
      });
    },
  };
}
