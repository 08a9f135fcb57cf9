/**
 * The card preview's endpoints as typed functions. The tab's language goes along, so the cards
 * come in it as they would in the person's Teams.
 */
import type { ApiClient } from '../../app/api/api-client';
import type { CardActionBody } from './cards-schemas';

const load = () => import('./cards-schemas');

export function makeCardsApi(client: ApiClient) {
  return {
    list: (locale: string) =>
      client.call(`/cards?locale=${encodeURIComponent(locale)}`, () =>
        load().then((m) => m.previewCardListSchema),
      ),
    act: (body: CardActionBody, locale: string) =>
      client.call(
        `/cards/action?locale=${encodeURIComponent(locale)}`,
        () => load().then((m) => m.cardActionResponseSchema),
        { method: 'POST', body },
      ),
  };
}
export type CardsApi = ReturnType<typeof makeCardsApi>;
