/**
 * The card preview's API, for the tab's page that shows a newcomer the chat experience without a
 * Teams tenant: `GET /api/cards` lists the cards the bot would show the caller now, and
 * `POST /api/cards/action` turns a button's `{ verb, data }` into the `invoke` activity Teams
 * would send, from the caller of the validated token, and hands it to the very handler the bot
 * uses — so a click in the tab goes through the same checks and use cases as one in Teams. The
 * answer is that handler's Universal Actions response, as is. No Bot Connector is involved.
 */
import type { HttpRequest } from '@azure/functions';
import { cardClickInputSchema, cardPreviewQuerySchema } from '@tandem/shared';
import type { CardLocale } from '../../platform/cards';
import { type AuthDeps, authed } from '../../platform/http/authed';
import { parseQuery, readJson } from '../../platform/http/read-input';
import type { Route } from '../../platform/http/route';
import type { IdGenerator } from '../../kernel/ports';
import type { CardRouter } from '../../platform/teams/card-router';
import { previewInvokeActivity } from './card-preview-activity';
import { type CardPreviewListDeps, listPreviewCards } from './card-preview-list';

export interface CardPreviewDeps extends AuthDeps {
  /** The bot's own card router: a click goes to the feature that declared its verb. */
  readonly cards: CardRouter;
  readonly list: CardPreviewListDeps;
  readonly ids: IdGenerator;
}

const MAX_CLICK_BYTES = 32 * 1024;

export function makeCardPreviewRoutes(deps: CardPreviewDeps): Route[] {
  return [
    {
      name: 'previewCards',
      methods: ['GET'],
      route: 'cards',
      handler: authed(deps, async (req, caller) => ({
        status: 200,
        headers: { 'Cache-Control': 'no-store' },
        jsonBody: { cards: await listPreviewCards(deps.list, caller, localeOf(req)) },
      })),
    },
    {
      name: 'previewCardAction',
      methods: ['POST'],
      route: 'cards/action',
      handler: authed(deps, async (req, caller) => {
        const click = await readJson(req, cardClickInputSchema, MAX_CLICK_BYTES);
        const activity = previewInvokeActivity(caller, click, localeOf(req), deps.ids.newId());
        return {
          status: 200,
          headers: { 'Cache-Control': 'no-store' },
          jsonBody: await deps.cards.answer(activity),
        };
      }),
    },
  ];
}

/** `?locale=` (the tab's language), else the browser's Accept-Language. */
function localeOf(req: HttpRequest): CardLocale {
  const { locale } = parseQuery(req, cardPreviewQuerySchema);
  return /^ru\b/i.test(locale ?? req.headers.get('accept-language') ?? '') ? 'ru' : 'en';
}
