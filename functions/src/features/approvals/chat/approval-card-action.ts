/**
 * Clicks on approval cards (`approval.*` verbs), declared to the card router by the approvals
 * module. The actor is the person in the activity, resolved
 * in the directory, never the card's data; each decision goes through `decideApproval` — the same
 * use case and role checks as `POST /api/approvals/{id}/{action}` — with the card's version as
 * If-Match. A click on a card that is out of date answers with the current card and a notice.
 */
import {
  type ApprovalId,
  type ApprovalActionName,
  type Person,
  approvalIdSchema,
  isDomainError,
} from '@tandem/shared';
import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import { z } from 'zod';
import type { ApprovalStore } from '../approval-store';
import { decideApproval } from '../decide-approval';
import { ensureErrorType } from '../../../platform/http/problem';
import { getApproval } from '../read-approvals';
import { type CardLocale, type TabLink, messageCard, withMessage } from '../../../platform/cards';
import {
  approvalActionOf,
  approvalCommentInputIds,
  approvalVerbPrefix,
  isApprovalVerb,
} from '../cards/approval-card-actions';
import { approvalStaleNotice } from '../cards/approval-card';
import { resolveCaller } from '../../../kernel/caller';
import { actorOf, cardLocaleOf } from '../../../platform/teams/activity-facts';
import { approvalCardOf } from './approval-card-view';
import type { ApprovalRefreshUserIds } from './approval-refresh-user-ids';
import { botTexts } from '../../../platform/teams/bot-texts';
import type { CardVerbs } from '../../../platform/module';
import type { BotLog } from '../../../platform/teams/bot-log';
import type { Capabilities } from '../../../kernel/ports';
import { cardResponse, errorResponse } from '../../../platform/teams/card-action-responses';
import { loadTenantCardData } from '../../../platform/cards/tenant-card-data';

export interface ApprovalCardDeps extends Pick<Capabilities, 'clock' | 'ids' | 'directory'> {
  readonly approvalStore: ApprovalStore;
  readonly refreshUserIds: ApprovalRefreshUserIds;
  readonly tab: TabLink;
  readonly log: BotLog;
}

export function makeApprovalCardVerbs(deps: ApprovalCardDeps): CardVerbs {
  return {
    verbs: [approvalVerbPrefix],
    answer: (activity) => answerApprovalCardAction(deps, activity),
  };
}

const invokeSchema = z.object({
  value: z.object({
    action: z.object({
      type: z.literal('Action.Execute'),
      verb: z.string().max(100),
      // Teams merges the card's inputs into the data; anything else in it is ignored.
      data: z.object({
        approvalId: approvalIdSchema,
        etag: z.string().min(1).max(200),
        [approvalCommentInputIds.approve]: z.string().optional(),
        [approvalCommentInputIds.reject]: z.string().optional(),
      }),
    }),
  }),
});
type ActionData = z.infer<typeof invokeSchema>['value']['action']['data'];

export async function answerApprovalCardAction(
  deps: ApprovalCardDeps,
  activity: unknown,
): Promise<AdaptiveCardActionResponse> {
  const locale = cardLocaleOf(activity);
  const t = botTexts(locale);
  const parsed = invokeSchema.safeParse(activity);
  if (!parsed.success) return errorResponse(400, 'BadCardData', t('badCardData'));
  const { verb, data } = parsed.data.value.action;
  if (!isApprovalVerb(verb)) return errorResponse(400, 'UnknownVerb', t('unknownVerb', { verb }));
  const identity = actorOf(activity);
  if (!identity) return errorResponse(400, 'UnknownActor', t('unknownActor'));
  let actor: Person | undefined;
  try {
    actor = await resolveCaller(deps, identity);
    const action = approvalActionOf(verb);
    if (action) {
      const body = bodyOf(action, data);
      await decideApproval(deps, actor, data.approvalId, action, body, data.etag);
    }
    return cardResponse(await cardFor(deps, actor, data.approvalId, locale));
  } catch (err) {
    if (!isDomainError(err)) {
      deps.log('error', 'Approval card action failed', ensureErrorType(err));
      return errorResponse(500, 'Internal', t('internal'));
    }
    if (!actor || err._tag === 'NotFound' || err._tag === 'Unauthorized') {
      return cardResponse(messageCard(err.message, locale, deps.tab));
    }
    const message =
      err._tag === 'ValidationFailed' && err.issues.length > 0
        ? err.issues.map((i) => i.message).join(' ')
        : err.message;
    try {
      const current = await cardFor(deps, actor, data.approvalId, locale);
      const stale = err._tag === 'PreconditionFailed' || err._tag === 'InvalidTransition';
      return cardResponse(
        stale ? approvalStaleNotice(current, locale) : withMessage(current, message, 'attention'),
      );
    } catch {
      // The actor may not see the approval at all (not theirs, another tenant's).
      return cardResponse(messageCard(message, locale, deps.tab));
    }
  }
}

async function cardFor(deps: ApprovalCardDeps, actor: Person, id: ApprovalId, locale: CardLocale) {
  const view = await getApproval(deps, actor, id);
  const approval = view.stored.value;
  const data = await loadTenantCardData(deps.directory, actor.tenantId);
  return approvalCardOf(approval, data, {
    viewer: actor,
    locale,
    now: deps.clock.now(),
    tab: deps.tab,
    refreshUserIds: await deps.refreshUserIds(approval),
  });
}

/** The domain's action bodies: `{ comment }`, from the input of the decision clicked. */
function bodyOf(action: ApprovalActionName, data: ActionData): Record<string, string> {
  // A rejection without its reason gets the domain's own words for what is missing.
  if (action === 'reject') return { comment: data[approvalCommentInputIds.reject] ?? '' };
  const comment = action === 'approve' ? data[approvalCommentInputIds.approve] : undefined;
  return comment === undefined ? {} : { comment };
}
