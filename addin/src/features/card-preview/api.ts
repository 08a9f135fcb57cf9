/**
 * The card preview's endpoints as typed functions. The tab's language goes along, so the cards
 * come in it as they would in the person's Teams.
 */
import type { CardClickInput } from '@tandem/shared/card-preview';
import type { ApiClient } from '../../app/api/api-client';
import { useFeatureApi } from '../../app/api/use-feature-api';

const load = () => import('@tandem/shared/card-preview');

export function makeCardsApi(client: ApiClient) {
  return {
    list: (locale: string) =>
      client.call(`/cards?locale=${encodeURIComponent(locale)}`, () =>
        load().then((m) => m.previewCardListSchema),
      ),
    act: (body: CardClickInput, locale: string) =>
      client.call(
        `/cards/action?locale=${encodeURIComponent(locale)}`,
        () => load().then((m) => m.cardActionResponseSchema),
        { method: 'POST', body },
      ),
  };
}
export type CardsApi = ReturnType<typeof makeCardsApi>;

export const useCardsApi = (): CardsApi => useFeatureApi(makeCardsApi);
