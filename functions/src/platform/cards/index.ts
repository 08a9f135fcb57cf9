/** Adaptive cards as pure functions of domain state and viewer (issue 5). */
export type { AdaptiveCard, ActionData } from './card-types';
export { cardVersion } from './card-types';
export { type CardLocale, cardLocales } from './card-texts';
export { type CardNames, cardNamesFrom } from './card-names';
export { type TabLink, requestDeepLink, requestsTabEntityId } from './tab-link';
export { escapeCardText, unescapeCardText } from './escape-text';
export {
  type CardActionName,
  cardActionNames,
  answerInputId,
  declineInputId,
  refreshVerb,
  maxRefreshUserIds,
  cardActionsFor,
  peopleWhoMayAct,
} from '../../features/requests/cards/request-card-actions';
export {
  type RequestCardView,
  requestCard,
  staleCardNotice,
} from '../../features/requests/cards/request-card';
export {
  type SlaAlert,
  type SlaAlertCardView,
  slaAlertCard,
  isBreach,
} from '../../features/requests/cards/sla-alert-card';
export { messageCard, withMessage } from './message-card';
export type { ApprovalActionData } from './card-types';
export {
  type ApprovalCardView,
  approvalCard,
  approvalStaleNotice,
} from '../../features/approvals/cards/approval-card';
export {
  type ApprovalVerb,
  approvalVerbs,
  approvalVerbPrefix,
  approvalCommentInputIds,
  approvalActionOf,
  isApprovalVerb,
  peopleWhoMayActOnApproval,
} from '../../features/approvals/cards/approval-card-actions';
export {
  type ApprovalAlertLevel,
  type ApprovalAlertCardView,
  approvalAlertCard,
} from '../../features/approvals/cards/approval-alert-card';
export {
  approvalDeepLink,
  approvalSubEntityPrefix,
} from '../../features/approvals/cards/approval-deep-link';
export {
  type ApprovalCardTranslate,
  approvalCardTexts,
} from '../../features/approvals/cards/approval-card-texts';
