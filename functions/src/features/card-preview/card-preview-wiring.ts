/**
 * The card preview's routes for compose.ts, with or without the bot: with it, clicks go to the
 * exact dependencies the bot's handler runs with (wire-bot's `cardActions`, whose stores keep the
 * posted cards current); without it (an API-only deployment), to the same handler on the plain
 * ports, with no chats known and so no `refresh.userIds`.
 */
import type { ApprovalStore } from '../approvals/approval-store';
import type { TabLink } from '../../platform/cards';
import type { AuthDeps } from '../../platform/http/authed';
import type { Route } from '../../platform/http/route';
import type { Capabilities } from '../../kernel/ports';
import { type BotLog, consoleBotLog } from '../../platform/teams/bot-log';
import type { CardActionDeps } from '../../platform/teams/card-action-handler';
import type { CardPreviewListDeps } from './card-preview-list';
import { makeCardPreviewRoutes } from './card-preview-routes';

export interface CardPreviewWiringDeps
  extends AuthDeps, Pick<Capabilities, 'clock' | 'ids' | 'directory' | 'requestStore'> {
  readonly approvalStore: ApprovalStore;
  readonly notifications: CardPreviewListDeps['notifications'];
  readonly tab: TabLink;
  /** The bot's card action dependencies, when the bot is composed. */
  readonly botCardActions?: CardActionDeps;
  readonly log?: BotLog;
}

export function wireCardPreview(deps: CardPreviewWiringDeps): Route[] {
  const cardActions: CardActionDeps = deps.botCardActions ?? {
    clock: deps.clock,
    ids: deps.ids,
    directory: deps.directory,
    requestStore: deps.requestStore,
    tab: deps.tab,
    refreshUserIds: async () => undefined,
    log: deps.log ?? consoleBotLog,
    approvals: { approvalStore: deps.approvalStore, refreshUserIds: async () => undefined },
  };
  return makeCardPreviewRoutes({ ...deps, cardActions });
}
