/**
 * Keeps the posted approval cards in step with the approval. Whoever must decide now (the next
 * one in sequence, everyone still undecided in all-of / any-of) and the requester get the card in
 * their personal chat once, when it becomes theirs; every posted copy is updated in place after
 * each change — from a card, the tab or the API — so nobody decides on yesterday's card. It reads
 * the latest approval itself, so a late or repeated call cannot post an older state.
 */
import type { Approval, ApprovalId, TenantId } from '@tandem/shared';
import type { ApprovalStore } from '../approval-store';
import type { CardLocale, TabLink } from '../../../platform/cards';
import type { Capabilities } from '../../../kernel/ports';
import type { ApprovalPostsStore } from './approval-posts-store';
import type { ApprovalRefreshUserIds } from './approval-refresh-user-ids';
import { destinationsOf, personOfTarget } from './approval-card-destinations';
import { approvalCardOf, approvalShownKey } from './approval-card-view';
import type { BotConnector } from '../../../platform/teams/bot-connector';
import { keepCardCopiesCurrent } from '../../../platform/teams/card-copies';
import type { ConversationStore } from '../../../platform/teams/conversation-store';
import { loadTenantCardData } from '../../../platform/cards/tenant-card-data';

export interface ApprovalCardPublisher {
  /** `justCreated`: the approval this instance has just created (nothing can be posted yet). */
  publish(
    tenantId: TenantId,
    approvalId: ApprovalId,
    hint?: { readonly justCreated?: Approval },
  ): Promise<void>;
}

export interface ApprovalCardPublisherDeps extends Pick<Capabilities, 'clock' | 'directory'> {
  /** The plain store: the publisher only reads. */
  readonly approvalStore: ApprovalStore;
  readonly conversations: Pick<ConversationStore, 'personalChat'>;
  readonly posts: ApprovalPostsStore;
  readonly connector: BotConnector;
  readonly refreshUserIds: ApprovalRefreshUserIds;
  readonly tab: TabLink;
}

export function makeApprovalCardPublisher(deps: ApprovalCardPublisherDeps): ApprovalCardPublisher {
  return {
    async publish(tenantId, approvalId, hint) {
      if (hint?.justCreated && (await destinationsOf(deps, hint.justCreated, [])).length === 0) {
        return;
      }
      const approval = (await deps.approvalStore.get(tenantId, approvalId)).value;
      const posted = await deps.posts.get(tenantId, approvalId);
      const destinations = await destinationsOf(deps, approval, posted.cards);
      if (posted.cards.length === 0 && destinations.length === 0) return;
      const data = await loadTenantCardData(deps.directory, tenantId);
      const now = deps.clock.now();
      const shown = approvalShownKey(approval, data.setup, now);
      const refreshUserIds = await deps.refreshUserIds(approval);
      const cardFor = (target: string, locale: CardLocale) =>
        approvalCardOf(approval, data, {
          viewer: data.people.find((p) => p.id === personOfTarget(target)) ?? null,
          locale,
          now,
          tab: deps.tab,
          refreshUserIds,
        });

      await keepCardCopiesCurrent(deps, {
        tenantId,
        subjectId: approvalId,
        subjectName: `approval ${approvalId}`,
        posted: posted.cards,
        destinations,
        shown,
        now,
        cardFor,
      });
    },
  };
}
