/**
 * The buttons of an approval card and its `refresh`. The buttons are exactly the decisions the
 * domain allows this viewer now (`allowedDecisions`): the current approver(s) approve or reject
 * with a comment, the requester cancels. The bot re-checks every click with the actor taken from
 * the activity, never from the card.
 */
import {
  type Approval,
  type ApprovalActionName,
  type Person,
  type PersonId,
  allowedDecisions,
  awaitingApprovers,
} from '@tandem/shared';
import type { ApprovalCardTranslate } from './approval-card-texts';
import type {
  CardActionData,
  CardAction,
  ExecuteAction,
  Refresh,
  ShowCardAction,
  TextInput,
} from '../../../platform/cards/card-types';
import { maxRefreshUserIds } from '../../../platform/cards/card-elements';

/** What an approval card's action sends back: its id and the version (`approvalVersion`) it shows. */
export type ApprovalActionData = CardActionData & { readonly approvalId: string };

/** Verbs of approval cards: a prefix of their own, so one invoke handler routes both kinds. */
export const approvalVerbs = {
  approve: 'approval.approve',
  reject: 'approval.reject',
  cancel: 'approval.cancel',
  refresh: 'approval.refresh',
} as const;
export type ApprovalVerb = (typeof approvalVerbs)[keyof typeof approvalVerbs];
export const approvalVerbPrefix = 'approval.';

/**
 * One comment input per decision: ids must be unique in a card (the parser refuses duplicates),
 * and Teams merges every input the clicked button can see into its data. The bot reads the one
 * of the verb clicked as the domain's `{ comment }`.
 */
export const approvalCommentInputIds = {
  approve: 'approveComment',
  reject: 'rejectComment',
} as const;
const maxCommentChars = 4000;

export function isApprovalVerb(verb: string): verb is ApprovalVerb {
  return (Object.values(approvalVerbs) as string[]).includes(verb);
}

/** The domain action behind a verb; null for the refresh. */
export function approvalActionOf(verb: ApprovalVerb): ApprovalActionName | null {
  if (verb === approvalVerbs.refresh) return null;
  return verb.slice(approvalVerbPrefix.length) as ApprovalActionName;
}

/** Who may act from the card while it is pending: the requester, then whoever decides now. */
export function peopleWhoMayActOnApproval(approval: Approval): PersonId[] {
  if (approval.status !== 'pending') return [];
  return [approval.requesterId, ...awaitingApprovers(approval)];
}

export function approvalActions(
  approval: Approval,
  viewer: Person | null,
  data: ApprovalActionData,
  t: ApprovalCardTranslate,
): CardAction[] {
  if (!viewer) return [];
  const allowed = allowedDecisions(approval, viewer);
  const actions: CardAction[] = [];
  if (allowed.includes('approve')) {
    const input = commentInput('approve', t('approve.label'), t('approve.placeholder'));
    actions.push(
      showCard(t('action.approve'), input, execute('approve', t('approve.submit'), data)),
    );
  }
  if (allowed.includes('reject')) {
    const input: TextInput = {
      ...commentInput('reject', t('reject.label'), t('reject.placeholder')),
      isRequired: true,
      errorMessage: t('reject.errorMessage'),
    };
    actions.push(showCard(t('action.reject'), input, execute('reject', t('reject.submit'), data)));
  }
  if (allowed.includes('cancel')) actions.push(execute('cancel', t('action.cancel'), data));
  return actions;
}

/** Only while pending: a settled approval looks the same to everyone. */
export function approvalRefresh(
  approval: Approval,
  data: ApprovalActionData,
  t: ApprovalCardTranslate,
  userIds: readonly string[] | undefined,
): Refresh | undefined {
  if (approval.status !== 'pending') return undefined;
  const action: ExecuteAction = {
    type: 'Action.Execute',
    title: t('card.refresh'),
    verb: approvalVerbs.refresh,
    data: { ...data },
  };
  if (userIds === undefined) return { action };
  return { action, userIds: [...new Set(userIds)].slice(0, maxRefreshUserIds) };
}

function commentInput(
  decision: keyof typeof approvalCommentInputIds,
  label: string,
  placeholder: string,
): TextInput {
  return {
    type: 'Input.Text',
    id: approvalCommentInputIds[decision],
    label,
    placeholder,
    isMultiline: true,
    maxLength: maxCommentChars,
  };
}

/**
 * Each input in its own ShowCard: a required reason in the card body would be demanded by the
 * Approve button too.
 */
function showCard(title: string, input: TextInput, submit: ExecuteAction): ShowCardAction {
  return {
    type: 'Action.ShowCard',
    title,
    card: { type: 'AdaptiveCard', body: [input], actions: [submit] },
  };
}

function execute(
  action: ApprovalActionName,
  title: string,
  data: ApprovalActionData,
): ExecuteAction {
  const style = action === 'approve' ? 'positive' : 'destructive';
  return { type: 'Action.Execute', title, verb: approvalVerbs[action], data: { ...data }, style };
}
