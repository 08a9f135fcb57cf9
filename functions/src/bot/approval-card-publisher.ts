/**
 * Keeps the posted approval cards in step with the approval. Whoever must decide now (the next
 * one in sequence, everyone still undecided in all-of / any-of) and the requester get the card in
 * their personal chat once, when it becomes theirs; every posted copy is updated in place after
 * each change — from a card, the tab or the API — so nobody decides on yesterday's card. It reads
 * the latest approval itself, so a late or repeated call cannot post an older state.
 */
import type { Approval, ApprovalId, TenantId } from '@tandem/shared';
import type { ApprovalStore } from '../approvals/approval-store';
import type { CardLocale, TabLink } from '../cards';
import type { Capabilities } from '../ports';
import type { ApprovalPostsStore } from './approval-posts-store';
import type { ApprovalRefreshUserIds } from './approval-refresh-user-ids';
import { destinationsOf, personOfTarget } from './approval-card-destinations';
import { approvalCardOf, approvalShownKey } from './approval-card-view';
import type { BotConnector } from './bot-connector';
import type { ConversationStore } from './conversation-store';
import { postOnce } from './post-once';
import { loadTenantCardData } from './request-card-view';
import type { PostedCard } from './request-posts-store';

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

      const failures: unknown[] = [];
      const attempt = async (work: () => Promise<unknown>) => {
        try {
          await work();
        } catch (err) {
          failures.push(err);
        }
      };
      for (const entry of posted.cards) {
        const { activityId } = entry;
        if (activityId === null || entry.shown === shown) continue;
        await attempt(async () => {
          await deps.connector.update(entry, activityId, cardFor(entry.target, entry.locale));
          await deps.posts.update(tenantId, approvalId, (current) => [
            {
              ...current,
              cards: current.cards.map((c) =>
                c.target === entry.target && c.activityId === activityId ? { ...c, shown } : c,
              ),
            },
            undefined,
          ]);
        });
      }
      for (const dest of destinations) {
        const claim: PostedCard = {
          target: dest.target,
          conversationId: dest.conversationId,
          serviceUrl: dest.serviceUrl,
          locale: dest.locale,
          activityId: null,
          reservedAt: now,
          shown,
        };
        await attempt(() =>
          postOnce(
            deps.posts,
            { tenantId, requestId: approvalId },
            {
              claim,
              find: (p) => p.cards.find((c) => c.target === dest.target),
              put: (p, entry) => ({
                ...p,
                cards: [
                  ...p.cards.filter((c) => c.target !== dest.target),
                  ...(entry ? [entry] : []),
                ],
              }),
            },
            () => deps.connector.post(dest, cardFor(dest.target, dest.locale)),
          ),
        );
      }
      if (failures.length > 0) {
        throw new AggregateError(
          failures,
          `Publishing the cards of approval ${approvalId} failed.`,
        );
      }
    },
  };
}
