/**
 * The bot's platform: the Teams SDK app behind /api/messages, the Bot Connector for proactive
 * posts, the conversations the bot knows, what it has posted, and the background tasks that keep
 * posted cards current after a write. Features build their cards and alerts on it; the card
 * router (built by the root from the features' verbs) answers clicks.
 */
import type { Container } from '@azure/cosmos';
import type { Clock, Directory } from '../../kernel/ports';
import type { TabLink } from '../cards';
import type { Route } from '../http/route';
import { type BackgroundTasks, makeBackgroundTasks } from './background-tasks';
import { makeBotApp, registerBotHandlers } from './bot-app';
import type { BotConfig } from './bot-config';
import { type BotConnector, makeSdkBotConnector } from './bot-connector';
import type { BotLog } from './bot-log';
import { type CardPostsStore, makeCosmosCardPostsStore } from './card-posts-store';
import type { CardRouter } from './card-router';
import { type ConversationStore, makeCosmosConversationStore } from './conversation-store';
import { makeMessagesRoute } from './messages-route';

export interface Chat {
  readonly connector: BotConnector;
  readonly conversations: ConversationStore;
  readonly posts: CardPostsStore;
  /** Card updates after a write, one at a time per key, never holding up the answer. */
  readonly tasks: BackgroundTasks;
  readonly tab: TabLink;
  readonly log: BotLog;
  /** POST /api/messages, its clicks answered by `cards`. Called once, by the root. */
  messagesRoute(cards: CardRouter): Route;
}

export interface ChatDeps {
  readonly mode: 'local' | 'azure';
  readonly config: BotConfig;
  /** The `directory` container: conversation references and posted cards live there. */
  readonly directoryContainer: Container;
  readonly directory: Directory;
  readonly clock: Clock;
  readonly log: BotLog;
}

export function makeChat(deps: ChatDeps): Chat {
  const bot = makeBotApp(deps.config, deps.mode, deps.log);
  const conversations = makeCosmosConversationStore(deps.directoryContainer);
  return {
    connector: makeSdkBotConnector(bot.connectorHttp, deps.config.serviceUrlOverride),
    conversations,
    posts: makeCosmosCardPostsStore(deps.directoryContainer),
    tasks: makeBackgroundTasks((key, err) =>
      deps.log('error', `Updating the posted cards of ${key} failed`, err),
    ),
    tab: deps.config.tab,
    log: deps.log,
    messagesRoute(cards) {
      registerBotHandlers(bot.app, {
        cards,
        conversations,
        directory: deps.directory,
        clock: deps.clock,
        log: deps.log,
      });
      return makeMessagesRoute((request) => bot.handle(request));
    },
  };
}
