/**
 * The bot's composition, for compose.ts: from the app's ports and the `directory` container to
 * the /api/messages route, the request store every writer must use from then on (it keeps the
 * posted cards up to date) and the SLA-alert notifier to run beside the stored notifications.
 */
import type { Container } from '@azure/cosmos';
import type { Route } from '../http/route';
import type { Capabilities, Notifier, RequestStore } from '../../kernel/ports';
import { makeBackgroundTasks } from './background-tasks';
import { makeBotApp, registerBotHandlers } from './bot-app';
import type { BotConfig } from './bot-config';
import { makeSdkBotConnector } from './bot-connector';
import { type BotLog, consoleBotLog } from './bot-log';
import { type ConversationStore, makeCosmosConversationStore } from './conversation-store';
import { makeMessagesRoute } from './messages-route';
import { withCardPublishing } from '../../features/requests/chat/publishing-request-store';
import { makeRefreshUserIds } from '../../features/requests/chat/refresh-user-ids';
import {
  type RequestCardPublisher,
  makeRequestCardPublisher,
} from '../../features/requests/chat/request-card-publisher';
import { makeCosmosRequestPostsStore } from '../../features/requests/chat/request-posts-store';
import { makeSlaAlertNotifier } from '../../features/requests/chat/sla-alert-notifier';
import { wireApprovalCards } from '../../features/approvals/chat/approval-wiring';
import type { ApprovalStore } from '../../features/approvals/approval-store';
import type { CardActionDeps } from './card-action-handler';

export interface BotWiringDeps extends Pick<
  Capabilities,
  'clock' | 'ids' | 'requestStore' | 'directory'
> {
  readonly mode: 'local' | 'azure';
  readonly config: BotConfig;
  /** The `directory` container: conversation references and posted cards live there. */
  readonly directoryContainer: Container;
  readonly log?: BotLog;
  /** The plain approval store: with it, approval cards are posted, kept current and clicked. */
  readonly approvalStore?: ApprovalStore;
}

export interface BotWiring {
  /** Add to the route table: POST /api/messages. */
  readonly routes: Route[];
  /** Use in place of the plain store everywhere (API, sweep): it publishes after each write. */
  readonly requestStore: RequestStore;
  /** SLA alert cards in personal chats; run it beside the stored notifications. */
  readonly notifier: Notifier;
  readonly publisher: RequestCardPublisher;
  readonly conversations: ConversationStore;
  /** Use in place of the plain approval store everywhere (given one): it publishes too. */
  readonly approvalStore?: ApprovalStore;
  /** What the bot's card action handler runs with: the card preview hands clicks to the same. */
  readonly cardActions: CardActionDeps;
  /** Resolves once every card update started so far is done. */
  idle(): Promise<void>;
}

export function wireBot(deps: BotWiringDeps): BotWiring {
  const log = deps.log ?? consoleBotLog;
  const bot = makeBotApp(deps.config, deps.mode, log);
  const conversations = makeCosmosConversationStore(deps.directoryContainer);
  const posts = makeCosmosRequestPostsStore(deps.directoryContainer);
  const connector = makeSdkBotConnector(bot.connectorHttp, deps.config.serviceUrlOverride);
  const refreshUserIds = makeRefreshUserIds(conversations);
  const outgoing = {
    clock: deps.clock,
    directory: deps.directory,
    requestStore: deps.requestStore,
    conversations,
    posts,
    connector,
    refreshUserIds,
    tab: deps.config.tab,
  };
  const publisher = makeRequestCardPublisher(outgoing);
  const tasks = makeBackgroundTasks((key, err) =>
    log('error', `Updating the posted cards of request ${key} failed`, err),
  );
  const requestStore = withCardPublishing(deps.requestStore, publisher, tasks);
  const approvals = deps.approvalStore
    ? wireApprovalCards({ ...outgoing, approvalStore: deps.approvalStore }, tasks)
    : undefined;
  const cardActions = {
    clock: deps.clock,
    ids: deps.ids,
    directory: deps.directory,
    requestStore,
    tab: deps.config.tab,
    refreshUserIds,
    log,
    ...(approvals ? { approvals: approvals.cardActions } : {}),
  };
  registerBotHandlers(bot.app, { ...cardActions, conversations });
  const alerts = makeSlaAlertNotifier(outgoing);
  return {
    routes: [makeMessagesRoute((request) => bot.handle(request))],
    requestStore,
    notifier: approvals ? allNotifiers(alerts, approvals.notifier) : alerts,
    publisher,
    conversations,
    ...(approvals ? { approvalStore: approvals.cardActions.approvalStore } : {}),
    cardActions,
    idle: () => tasks.idle(),
  };
}

/** Every notifier in turn; a failure stops the rest and reaches the caller (the sweep retries). */
export function allNotifiers(...notifiers: readonly Notifier[]): Notifier {
  return {
    async notify(notification) {
      for (const notifier of notifiers) await notifier.notify(notification);
    },
  };
}
