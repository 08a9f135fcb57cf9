/** The answer to a click on a stale card: the current card with a notice, not an error. */
import { expect } from '@jest/globals';
import { releaseCardDom } from '../../../platform/cards/card-test-dom';
import { type CardWorld, loadCardWorld, requestIn, viewOf } from '../testing/card-test-fixtures';
import { cardProblems, renderCard } from '../../../platform/cards/card-test-renderer';
import { verbsOf } from '../../../platform/cards/card-test-walk';
import { messageCard, withMessage } from '../../../platform/cards/message-card';
import { requestCard, staleCardNotice } from './request-card';

let world: CardWorld;
beforeAll(async () => {
  world = await loadCardWorld();
});
afterAll(releaseCardDom);

it('puts the notice above the current state, keeping its buttons', () => {
  // The responder clicked "Acknowledge" on a card built before the requester cancelled.
  const current = requestCard(
    viewOf(world, requestIn(world, 'cancelled'), world.person('responder')),
  );
  const card = staleCardNotice(current, 'en');
  expect(cardProblems(card)).toEqual([]);
  const { text } = renderCard(card);
  expect(text).toMatch(
    /^This request changed before your click\. Here is its current state\. Stock/,
  );
  expect(text).toContain('Status Cancelled');
  expect(verbsOf(card)).toEqual([]);
  expect(card.actions).toEqual(current.actions);
});

it('says it in Russian', () => {
  const current = requestCard(
    viewOf(world, requestIn(world, 'new'), world.person('requester'), 'ru'),
  );
  const card = staleCardNotice(current, 'ru');
  expect(renderCard(card).text).toMatch(/^Запрос изменился до вашего нажатия\./);
  expect(verbsOf(card)).toEqual(['cancel']);
});

it('builds a small card with a message alone', () => {
  const card = messageCard('Only the requester can close this request.', 'en');
  expect(cardProblems(card)).toEqual([]);
  expect(renderCard(card).text).toBe('Only the requester can close this request.');
  expect(card.actions).toEqual([]);
  expect(withMessage(card, 'On top').body).toHaveLength(2);
});

it('links the message card to the tab when it knows where the tab is', () => {
  const tab = { appId: 'app-1', webUrl: 'https://tandem.example.com' };
  const card = messageCard('You cannot see this request.', 'en', tab);
  expect(cardProblems(card)).toEqual([]);
  expect(card.actions).toEqual([
    expect.objectContaining({
      type: 'Action.OpenUrl',
      title: 'Open in Tandem',
      url: expect.stringMatching(
        /^https:\/\/teams\.microsoft\.com\/l\/entity\/app-1\/requests\?webUrl=/,
      ),
    }),
  ]);
});
