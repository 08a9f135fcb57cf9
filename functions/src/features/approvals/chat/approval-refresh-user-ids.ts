/**
 * Whom an approval card lists in `refresh.userIds`: the requester and whoever decides now, by
 * their Teams ids from their personal chats with the bot — given only when all are known, as for
 * request cards (refresh-user-ids.ts): a partial list would leave the others with a stale card.
 */
import type { Approval } from '@tandem/shared';
import { maxRefreshUserIds } from '../../../platform/cards/card-elements';
import { peopleWhoMayActOnApproval } from '../cards/approval-card-actions';
import type { ConversationStore } from '../../../platform/teams/conversation-store';

export type ApprovalRefreshUserIds = (approval: Approval) => Promise<readonly string[] | undefined>;

export function makeApprovalRefreshUserIds(
  conversations: Pick<ConversationStore, 'personalChats'>,
): ApprovalRefreshUserIds {
  return async (approval) => {
    const acting = peopleWhoMayActOnApproval(approval);
    if (acting.length === 0 || acting.length > maxRefreshUserIds) return undefined;
    const chats = await conversations.personalChats(approval.tenantId);
    const mriOf = new Map(chats.map((c) => [c.personId, c.userMri]));
    const ids = acting.map((id) => mriOf.get(id));
    return ids.every((id): id is string => id !== undefined) ? ids : undefined;
  };
}
