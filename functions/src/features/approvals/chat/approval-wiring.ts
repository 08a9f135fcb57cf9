/**
 * The bot's part of approvals, for wire-bot.ts: where approval cards and alerts are recorded,
 * the publisher that keeps them current, the store every writer must use from then on, and the
 * alert notifier to run beside the stored notifications.
 */
import type { ApprovalStore } from '../approval-store';
import type { TabLink } from '../../../platform/cards';
import type { Capabilities, Notifier } from '../../../kernel/ports';
import { makeApprovalAlertNotifier } from './approval-alert-notifier';
import type { ApprovalCardDeps } from './approval-card-action';
import { makeApprovalCardPublisher } from './approval-card-publisher';
import { keyedByApproval } from './approval-posts-store';
import { withApprovalCardPublishing } from './approval-publishing-store';
import { makeApprovalRefreshUserIds } from './approval-refresh-user-ids';
import type { BackgroundTasks } from '../../../platform/teams/background-tasks';
import type { BotConnector } from '../../../platform/teams/bot-connector';
import type { ConversationStore } from '../../../platform/teams/conversation-store';
import type { RequestPostsStore } from '../../requests/chat/request-posts-store';

export interface ApprovalCardsDeps extends Pick<Capabilities, 'clock' | 'directory'> {
  /** The plain store. */
  readonly approvalStore: ApprovalStore;
  readonly conversations: Pick<ConversationStore, 'personalChat' | 'personalChats'>;
  /** The requests' posts store: approvals keep theirs in the same container, keyed apart. */
  readonly posts: RequestPostsStore;
  readonly connector: BotConnector;
  readonly tab: TabLink;
}

export interface ApprovalCards {
  /** `approvalStore` here is the publishing one. */
  readonly cardActions: ApprovalCardDeps;
  readonly notifier: Notifier;
}

export function wireApprovalCards(deps: ApprovalCardsDeps, tasks: BackgroundTasks): ApprovalCards {
  const outgoing = {
    ...deps,
    posts: keyedByApproval(deps.posts),
    refreshUserIds: makeApprovalRefreshUserIds(deps.conversations),
  };
  const publisher = makeApprovalCardPublisher(outgoing);
  return {
    cardActions: {
      approvalStore: withApprovalCardPublishing(deps.approvalStore, publisher, tasks),
      refreshUserIds: outgoing.refreshUserIds,
    },
    notifier: makeApprovalAlertNotifier(outgoing),
  };
}
