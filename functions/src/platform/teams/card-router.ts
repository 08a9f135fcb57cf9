/**
 * Every `Action.Execute` click goes to the feature that declared its verb: an exact verb first,
 * then the longest prefix (`<feature>.`). A verb nobody declared, or an invoke without one, gets
 * a typed Universal Actions error, never an exception.
 */
import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { CardVerbs } from '../module';
import { cardLocaleOf } from './activity-facts';
import { botTexts } from './bot-texts';
import { errorResponse } from './card-action-responses';

export interface CardRouter {
  answer(activity: unknown): Promise<AdaptiveCardActionResponse>;
}

/** The verb of an invoke activity, if it carries one. */
export function verbOf(activity: unknown): string | undefined {
  const verb = (activity as { value?: { action?: { verb?: unknown } } } | null)?.value?.action
    ?.verb;
  return typeof verb === 'string' ? verb : undefined;
}

export function makeCardRouter(handlers: readonly CardVerbs[]): CardRouter {
  const exact = new Map<string, CardVerbs>();
  const prefixes: { prefix: string; handler: CardVerbs }[] = [];
  for (const handler of handlers) {
    for (const verb of handler.verbs) {
      if (verb.endsWith('.')) prefixes.push({ prefix: verb, handler });
      else if (exact.has(verb)) throw new Error(`Two features declare the card verb "${verb}".`);
      else exact.set(verb, handler);
    }
  }
  prefixes.sort((a, b) => b.prefix.length - a.prefix.length);
  return {
    async answer(activity) {
      const t = botTexts(cardLocaleOf(activity));
      const verb = verbOf(activity);
      if (verb === undefined) return errorResponse(400, 'BadCardData', t('badCardData'));
      const handler = exact.get(verb) ?? prefixes.find((p) => verb.startsWith(p.prefix))?.handler;
      if (!handler)
        return errorResponse(400, 'UnknownVerb', t('unknownVerb', { verb: verb.slice(0, 100) }));
      return handler.answer(activity);
    },
  };
}
