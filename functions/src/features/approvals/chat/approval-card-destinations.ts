/**
 * Where approval cards go: the personal chats of the requester and of whoever must decide now,
 * one card per person (target `requester:<id>` or `approver:<id>`), while the approval is pending.
 */
import { type Approval, type PersonId, awaitingApprovers } from '@tandem/shared';
import type { CardLocale } from '../../../platform/cards';
import type { PostTarget } from '../../../platform/teams/bot-connector';
import type { ConversationStore } from '../../../platform/teams/conversation-store';
import type { PostedCard } from '../../../platform/teams/card-posts-store';

export interface Destination extends PostTarget {
  readonly target: string;
  readonly personId: string;
  readonly locale: CardLocale;
}

/** Whose card a posted one is. */
export const personOfTarget = (target: string) => target.slice(target.indexOf(':') + 1);

/** The personal chats the card is due in and not posted to yet. */
export async function destinationsOf(
  deps: { readonly conversations: Pick<ConversationStore, 'personalChat'> },
  approval: Approval,
  posted: readonly PostedCard[],
): Promise<Destination[]> {
  if (approval.status !== 'pending') return [];
  const wanted: [string, PersonId][] = [
    [`requester:${approval.requesterId}`, approval.requesterId],
    ...awaitingApprovers(approval).map((id): [string, PersonId] => [`approver:${id}`, id]),
  ];
  const found = await Promise.all(
    wanted
      .filter(([target]) => !posted.some((c) => c.target === target))
      .map(async ([target, personId]) => {
        const chat = await deps.conversations.personalChat(approval.tenantId, personId);
        return chat ? [{ ...chat, target, personId }] : [];
      }),
  );
  return found.flat();
}
