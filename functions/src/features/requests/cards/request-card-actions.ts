/**
 * The buttons of a request card and its `refresh`. The buttons are exactly the card actions the
 * domain allows this viewer now (`allowedActions`); the bot still re-checks on every click, with
 * the actor taken from the activity, never from the card.
 */
import { maxRefreshUserIds } from '../../../platform/cards/card-elements';
import { type Person, type Request, allowedActions, transitions } from '@tandem/shared';
import type {
  CardAction,
  CardActionData,
  ExecuteAction,
  Refresh,
  ShowCardAction,
  TextInput,
} from '../../../platform/cards/card-types';
import type { RequestCardTranslate } from './request-card-texts';

/** What a request card's action sends back: the request and the version the card shows. */
export type ActionData = CardActionData & { readonly requestId: string };

/** The request actions a card offers; everything else is done in the tab. */
export const cardActionNames = ['acknowledge', 'answer', 'decline', 'cancel', 'close'] as const;
export type CardActionName = (typeof cardActionNames)[number];

/** Input ids equal the fields of the action bodies (`{ text }`, `{ reason }`) in the domain. */
export const answerInputId = 'text';
export const declineInputId = 'reason';
export const refreshVerb = 'refresh';
const maxInputChars = 4000;

export function cardActionsFor(request: Request, viewer: Person | null): CardActionName[] {
  if (!viewer) return [];
  const allowed = new Set<string>(allowedActions(request, viewer));
  return cardActionNames.filter((name) => allowed.has(name));
}

/** Whom the bot should list in `refresh.userIds`: the requester's side first, then responders. */
export function peopleWhoMayAct(request: Request, people: readonly Person[]): Person[] {
  const acting = people.filter((p) => cardActionsFor(request, p).length > 0);
  const requesterFirst = (p: Person) => (p.id === request.requesterId ? 0 : 1);
  return acting.sort((a, b) => requesterFirst(a) - requesterFirst(b));
}

export function requestActions(
  names: readonly CardActionName[],
  data: ActionData,
  t: RequestCardTranslate,
): CardAction[] {
  return names.map((name): CardAction => {
    switch (name) {
      case 'acknowledge':
      case 'close':
        return execute(name, t(`action.${name}`), data, 'positive');
      case 'cancel':
        return execute(name, t(`action.${name}`), data, 'destructive');
      case 'answer':
        return withInput(name, answerInputId, t, data, 'positive');
      case 'decline':
        return withInput(name, declineInputId, t, data, 'destructive');
    }
  });
}

/**
 * Each input sits in its own ShowCard: a required input in the card body would be validated by
 * every button, so "Answer" would demand a decline reason.
 */
function withInput(
  verb: 'answer' | 'decline',
  inputId: string,
  t: RequestCardTranslate,
  data: ActionData,
  style: ExecuteAction['style'],
): ShowCardAction {
  const input: TextInput = {
    type: 'Input.Text',
    id: inputId,
    label: t(`${verb}.label`),
    placeholder: t(`${verb}.placeholder`),
    isRequired: true,
    errorMessage: t(`${verb}.errorMessage`),
    isMultiline: true,
    maxLength: maxInputChars,
  };
  return {
    type: 'Action.ShowCard',
    title: t(`action.${verb}`),
    card: {
      type: 'AdaptiveCard',
      body: [input],
      actions: [execute(verb, t(`${verb}.submit`), data, style)],
    },
  };
}

function execute(
  verb: string,
  title: string,
  data: ActionData,
  style?: ExecuteAction['style'],
): ExecuteAction {
  return { type: 'Action.Execute', title, verb, data: { ...data }, ...(style ? { style } : {}) };
}

/**
 * Without `userIds` Teams refreshes for everyone in conversations of up to 60 members (and in
 * personal chats); with a list, only for those listed, the others refresh from the menu. A
 * request nobody can act on from a card any more needs no per-user view, so it has no refresh.
 */
export function refreshFor(
  request: Request,
  data: ActionData,
  t: RequestCardTranslate,
  userIds: readonly string[] | undefined,
): Refresh | undefined {
  const actionable = cardActionNames.some((a) => transitions[a].from.includes(request.status));
  if (!actionable) return undefined;
  const action = execute(refreshVerb, t('card.refresh'), data);
  if (userIds === undefined) return { action };
  return { action, userIds: [...new Set(userIds)].slice(0, maxRefreshUserIds) };
}
