/**
 * Clicks on request cards: the verbs of cardActionNames and `refresh`, declared to the card
 * router by the requests module. The actor is the person in the
 * activity (resolved in the directory), never the card's data; each verb goes through the same
 * use case and role checks as the API, with the card's version as If-Match. A click on a card
 * that is out of date answers with the current card and a notice, not an error.
 */
import { type Person, type RequestId, isDomainError, requestIdSchema } from '@tandem/shared';
import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import { z } from 'zod';
import { type CardLocale, type TabLink, messageCard, withMessage } from '../../../platform/cards';
import { type CardActionName, cardActionNames, refreshVerb } from '../cards/request-card-actions';
import { staleCardNotice } from '../cards/request-card';
import type { Capabilities } from '../../../kernel/ports';
import { actOnRequest } from '../act-on-request';
import { resolveCaller } from '../../../kernel/caller';
import { getRequest } from '../get-request';
import { actorOf, cardLocaleOf } from '../../../platform/teams/activity-facts';
import type { BotLog } from '../../../platform/teams/bot-log';
import type { CardVerbs } from '../../../platform/module';
import { cardResponse, errorResponse } from '../../../platform/teams/card-action-responses';
import { loadTenantCardData, requestCardOf } from './request-card-view';
import type { RefreshUserIds } from './refresh-user-ids';
import { botTexts } from '../../../platform/teams/bot-texts';
import type { RequestStoreCapability } from '../request-store';

export interface CardActionDeps
  extends Pick<Capabilities, 'clock' | 'directory' | 'ids'>, RequestStoreCapability {
  readonly tab: TabLink;
  readonly refreshUserIds: RefreshUserIds;
  readonly log: BotLog;
}

/** The verbs request cards carry. */
export const requestCardVerbs: readonly string[] = [...cardActionNames, refreshVerb];

export function makeRequestCardVerbs(deps: CardActionDeps): CardVerbs {
  return { verbs: requestCardVerbs, answer: (activity) => answerCardAction(deps, activity) };
}

const invokeSchema = z.object({
  value: z.object({
    action: z.object({
      type: z.literal('Action.Execute'),
      verb: z.string().max(100),
      // Teams merges the card's inputs into the data; anything else in it is ignored.
      data: z.object({
        requestId: requestIdSchema,
        etag: z.string().min(1).max(200),
        text: z.string().optional(),
        reason: z.string().optional(),
      }),
    }),
  }),
});
type ActionData = z.infer<typeof invokeSchema>['value']['action']['data'];

export async function answerCardAction(
  deps: CardActionDeps,
  activity: unknown,
): Promise<AdaptiveCardActionResponse> {
  const locale = cardLocaleOf(activity);
  const t = botTexts(locale);
  const parsed = invokeSchema.safeParse(activity);
  if (!parsed.success) return errorResponse(400, 'BadCardData', t('badCardData'));
  const { verb, data } = parsed.data.value.action;
  if (verb !== refreshVerb && !isCardAction(verb)) {
    return errorResponse(400, 'UnknownVerb', t('unknownVerb', { verb }));
  }
  const identity = actorOf(activity);
  if (!identity) return errorResponse(400, 'UnknownActor', t('unknownActor'));
  try {
    const actor = await resolveCaller(deps, identity);
    if (verb !== refreshVerb) {
      const view = await actOnRequest(
        deps,
        actor,
        data.requestId,
        verb,
        bodyOf(verb, data),
        data.etag,
      );
      return cardResponse(await cardFor(deps, actor, view.stored.value.id, locale));
    }
    return cardResponse(await cardFor(deps, actor, data.requestId, locale));
  } catch (err) {
    return answerFailure(deps, err, identity, data.requestId, locale);
  }
}

async function answerFailure(
  deps: CardActionDeps,
  err: unknown,
  identity: NonNullable<ReturnType<typeof actorOf>>,
  requestId: RequestId,
  locale: CardLocale,
): Promise<AdaptiveCardActionResponse> {
  if (!isDomainError(err)) {
    deps.log('error', 'Card action failed', err instanceof Error ? err : new Error(String(err)));
    return errorResponse(500, 'Internal', botTexts(locale)('internal'));
  }
  if (err._tag === 'NotFound' || err._tag === 'Unauthorized') {
    return cardResponse(messageCard(err.message, locale, deps.tab));
  }
  try {
    const actor = await resolveCaller(deps, identity);
    const current = await cardFor(deps, actor, requestId, locale);
    const stale = err._tag === 'PreconditionFailed' || err._tag === 'InvalidTransition';
    return cardResponse(
      stale ? staleCardNotice(current, locale) : withMessage(current, err.message, 'attention'),
    );
  } catch {
    // The actor may not see the request at all (another department's, another tenant's).
    return cardResponse(messageCard(err.message, locale, deps.tab));
  }
}

async function cardFor(deps: CardActionDeps, actor: Person, id: RequestId, locale: CardLocale) {
  const view = await getRequest(deps, actor, id);
  const request = view.stored.value;
  const data = await loadTenantCardData(deps.directory, actor.tenantId);
  return requestCardOf(request, data, {
    viewer: actor,
    locale,
    now: deps.clock.now(),
    tab: deps.tab,
    refreshUserIds: await deps.refreshUserIds(request, data.people),
  });
}

function isCardAction(verb: string): verb is CardActionName {
  return (cardActionNames as readonly string[]).includes(verb);
}

/** The action bodies of the domain: `{ text }` to answer, `{ reason }` to decline. */
function bodyOf(verb: CardActionName, data: ActionData): Record<string, string> {
  if (verb === 'answer') return data.text === undefined ? {} : { text: data.text };
  if (verb === 'decline') return data.reason === undefined ? {} : { reason: data.reason };
  return {};
}
