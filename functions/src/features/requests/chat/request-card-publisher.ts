/**
 * Keeps the posted request cards in step with the request: the first time, the card goes to the
 * responding department's linked channel and to the requester's personal chat; afterwards every
 * posted copy (also one in a department the request was reassigned away from) is updated in
 * place, so nobody acts on yesterday's card. It always reads the latest request itself, so a
 * late or repeated call cannot post an older state.
 */
import type { Person, Request, RequestId, TenantId } from '@tandem/shared';
import type { CardLocale, TabLink } from '../../../platform/cards';
import type { Capabilities } from '../../../kernel/ports';
import type { BotConnector } from '../../../platform/teams/bot-connector';
import { type CardDestination, keepCardCopiesCurrent } from '../../../platform/teams/card-copies';
import type { ConversationStore } from '../../../platform/teams/conversation-store';
import type { RefreshUserIds } from './refresh-user-ids';
import { loadTenantCardData, requestCardOf, shownKey } from './request-card-view';
import type { CardPostsStore } from '../../../platform/teams/card-posts-store';
import type { RequestStoreCapability } from '../request-store';

/** The port: called whenever a request was created or changed (API, card or SLA sweep). */
export interface RequestCardPublisher {
  /** `justCreated`: the request this instance has just created (nothing can be posted yet). */
  publish(
    tenantId: TenantId,
    requestId: RequestId,
    hint?: { readonly justCreated?: Request },
  ): Promise<void>;
}

export interface RequestCardPublisherDeps
  extends Pick<Capabilities, 'clock' | 'directory'>, RequestStoreCapability {
  readonly conversations: Pick<ConversationStore, 'departmentChannel' | 'personalChat'>;
  readonly posts: CardPostsStore;
  readonly connector: BotConnector;
  readonly refreshUserIds: RefreshUserIds;
  readonly tab: TabLink;
}

const requesterTarget = (request: Request) => `requester:${request.requesterId}`;

export function makeRequestCardPublisher(deps: RequestCardPublisherDeps): RequestCardPublisher {
  return {
    async publish(tenantId, requestId, hint) {
      // A request created a moment ago has no posted card; where it would go decides whether
      // anything needs reading at all (destinations are cached point reads).
      if (hint?.justCreated && (await destinationsOf(deps, hint.justCreated)).length === 0) return;
      const request = (await deps.requestStore.get(tenantId, requestId)).value;
      // Point reads first: with no card posted and nowhere to post one (no linked channel, no
      // chat with the requester), there is nothing to render and the write path stays cheap.
      const [posted, destinations] = await Promise.all([
        deps.posts.get(tenantId, requestId),
        destinationsOf(deps, request),
      ]);
      if (posted.cards.length === 0 && destinations.length === 0) return;
      const data = await loadTenantCardData(deps.directory, tenantId);
      const now = deps.clock.now();
      const shown = shownKey(request, data.setup, now);
      const refreshUserIds = await deps.refreshUserIds(request, data.people);
      const requester: Person | null =
        data.people.find((p) => p.id === request.requesterId) ?? null;
      // The requester's own chat shows their buttons at once; a channel shows the shared card
      // until Teams fetches each member's view through `refresh`.
      const cardFor = (target: string, locale: CardLocale) =>
        requestCardOf(request, data, {
          viewer: target === requesterTarget(request) ? requester : null,
          locale,
          now,
          tab: deps.tab,
          refreshUserIds,
        });

      await keepCardCopiesCurrent(deps, {
        tenantId,
        subjectId: requestId,
        subjectName: `request ${requestId}`,
        posted: posted.cards,
        destinations,
        shown,
        now,
        cardFor,
      });
    },
  };
}

async function destinationsOf(
  deps: RequestCardPublisherDeps,
  request: Request,
): Promise<CardDestination[]> {
  const [channel, chat] = await Promise.all([
    deps.conversations.departmentChannel(request.tenantId, request.toDepartmentId),
    deps.conversations.personalChat(request.tenantId, request.requesterId),
  ]);
  const out: CardDestination[] = [];
  if (channel) out.push({ ...channel, target: `department:${request.toDepartmentId}` });
  if (chat) out.push({ ...chat, target: requesterTarget(request) });
  return out;
}
