/**
 * Whom a request card lists in `refresh.userIds`. Teams refreshes automatically only for those
 * listed; with no list, for everyone in conversations of up to 60 people. So the list is given
 * only when the bot knows the Teams id of every person who may act (from their personal chat
 * with the bot); a partial list would leave the others with a stale card.
 */
import type { Person, Request } from '@tandem/shared';
import { peopleWhoMayAct } from '../cards/request-card-actions';
import { maxRefreshUserIds } from '../../../platform/cards/card-elements';
import type { ConversationStore } from '../../../platform/teams/conversation-store';

export type RefreshUserIds = (
  request: Request,
  people: readonly Person[],
) => Promise<readonly string[] | undefined>;

export function makeRefreshUserIds(
  conversations: Pick<ConversationStore, 'personalChats'>,
): RefreshUserIds {
  return async (request, people) => {
    const acting = peopleWhoMayAct(request, people);
    if (acting.length === 0 || acting.length > maxRefreshUserIds) return undefined;
    const chats = await conversations.personalChats(request.tenantId);
    const mriOf = new Map(chats.map((c) => [c.personId, c.userMri]));
    const ids = acting.map((p) => mriOf.get(p.id));
    return ids.every((id): id is string => id !== undefined) ? ids : undefined;
  };
}
