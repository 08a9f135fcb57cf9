/**
 * Approval SLA warnings and breaches as cards in the personal chat of the person each is for
 * (a current approver or the requester), sent once per notification id. It sits beside the
 * stored notifications; a person without a chat with the bot finds the alert in the tab only.
 * Notifications of other kinds are not its business.
 */
import { APPROVAL_SLA_WARNINGS, type ApprovalId } from '@tandem/shared';
import type { ApprovalStore } from '../approval-store';
import { type ApprovalAlertCardView, approvalAlertCard } from '../cards/approval-alert-card';
import { type TabLink } from '../../../platform/cards';
import type { ApprovalNotification } from '@tandem/shared';
import type { Capabilities, Notifier } from '../../../kernel/ports';
import { approvalCardViewOf } from './approval-card-view';
import type { ApprovalPostsStore } from './approval-posts-store';
import type { ApprovalRefreshUserIds } from './approval-refresh-user-ids';
import type { BotConnector } from '../../../platform/teams/bot-connector';
import type { ConversationStore } from '../../../platform/teams/conversation-store';
import { alertInPersonalChatOnce } from '../../../platform/teams/personal-chat-alert';
import { loadTenantCardData } from '../../../platform/cards/tenant-card-data';

export interface ApprovalAlertNotifierDeps extends Pick<Capabilities, 'clock' | 'directory'> {
  readonly approvalStore: ApprovalStore;
  readonly conversations: Pick<ConversationStore, 'personalChat'>;
  readonly posts: ApprovalPostsStore;
  readonly connector: BotConnector;
  readonly refreshUserIds: ApprovalRefreshUserIds;
  readonly tab: TabLink;
}

export function makeApprovalAlertNotifier(deps: ApprovalAlertNotifierDeps): Notifier {
  return {
    async notify(n) {
      if (n.kind !== 'approval-sla-warning' && n.kind !== 'approval-sla-breach') return;
      const tenantId = n.tenantId;
      await alertInPersonalChatOnce(deps, n, n.approvalId, async (chat) => {
        const [stored, person, data] = await Promise.all([
          deps.approvalStore.get(tenantId, n.approvalId as ApprovalId),
          deps.directory.findPerson(tenantId, n.personId),
          loadTenantCardData(deps.directory, tenantId),
        ]);
        const approval = stored.value;
        const view = approvalCardViewOf(approval, data, {
          viewer: person ?? null,
          locale: chat.locale,
          now: deps.clock.now(),
          tab: deps.tab,
          refreshUserIds: await deps.refreshUserIds(approval),
        });
        return approvalAlertCard({ ...view, alert: alertOf(n) });
      });
    },
  };
}

/** What an approval alert says, from the notification's kind. */
export function alertOf(n: Pick<ApprovalNotification, 'kind'>): ApprovalAlertCardView['alert'] {
  return n.kind === 'approval-sla-breach'
    ? { level: 'breach', atPercent: 100 }
    : { level: 'warning', atPercent: Math.min(...APPROVAL_SLA_WARNINGS) };
}
