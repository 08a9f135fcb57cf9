/**
 * Card clicks that cannot simply go through: a card out of date answers with the current card
 * and a notice (not an error), `refresh` gives each person their own card, and an unknown verb
 * or broken card data gets a typed error.
 */
import { releaseCardDom } from '../../../functions/src/platform/cards/card-test-dom';
import { verbsOf } from '../../../functions/src/platform/cards/card-test-walk';
import { requestCardTexts } from '../../../functions/src/features/requests/cards/request-card-texts';
import { PEOPLE, type RequestsClient, makeRequestsClient } from '../../fixtures/api-requests';
import { cardAction, personalChatOf } from '../../fixtures/bot-activities';
import { answeredCard } from '../../fixtures/bot-cards';
import { type BotStack, startBotStack } from '../../fixtures/bot-stack';

let s: BotStack;
let requests: RequestsClient;
beforeAll(async () => {
  s = await startBotStack('2026-12-01T07:00:00Z');
  requests = makeRequestsClient(s);
});
afterAll(async () => {
  await s.close();
  releaseCardDom();
});

/** Clicks a card button as `personId` from their personal chat; returns the answered card. */
async function click(personId: string, verb: string, data: Record<string, unknown>) {
  const res = await s.post(cardAction(s.from(personId, personalChatOf(personId)), verb, data));
  expect(res.status).toBe(200);
  return res.body as { statusCode: number; type: string; value: unknown };
}

describe('a stale card', () => {
  it('answers a click on an old version with the current card and a notice', async () => {
    const request = await requests.create(PEOPLE.requester);
    const acted = await requests.act(
      PEOPLE.responder2,
      request.id,
      'acknowledge',
      {},
      request.etag,
    );
    expect(acted.status).toBe(200);
    const { card, text } = answeredCard(
      await click(PEOPLE.responder, 'acknowledge', { requestId: request.id, etag: request.etag }),
    );
    expect(text).toContain(requestCardTexts('en')('staleCard'));
    expect(text).toContain('Acknowledged');
    expect(card.refresh?.action.data.etag).toBe(acted.body.etag);
    const after = (await requests.get(PEOPLE.requester, request.id)).body;
    expect(after.history).toHaveLength(acted.body.history.length);
  });

  it('treats a button the state has moved past as stale too, in the reader’s language', async () => {
    const request = await requests.create(PEOPLE.requester);
    const cancelled = await requests.act(PEOPLE.requester, request.id, 'cancel', {}, request.etag);
    const res = await s.post(
      cardAction(
        s.from(PEOPLE.responder, personalChatOf(PEOPLE.responder), 'ru-RU'),
        'acknowledge',
        {
          requestId: request.id,
          etag: cancelled.body.etag,
        },
      ),
    );
    const { card, text } = answeredCard(res.body);
    expect(text).toContain(requestCardTexts('ru')('staleCard'));
    expect(verbsOf(card)).toEqual([]);
  });
});

describe('refresh and unknown verbs', () => {
  it('gives each person their own card on refresh', async () => {
    const request = await requests.create(PEOPLE.requester);
    const data = { requestId: request.id, etag: request.etag };
    const forResponder = answeredCard(await click(PEOPLE.responder, 'refresh', data));
    const forRequester = answeredCard(await click(PEOPLE.requester, 'refresh', data));
    expect(verbsOf(forResponder.card)).toEqual(['acknowledge', 'answer', 'decline']);
    expect(verbsOf(forRequester.card)).toEqual(['cancel']);
  });

  it('answers an unknown verb or broken data with a typed error and changes nothing', async () => {
    const request = await requests.create(PEOPLE.requester);
    const data = { requestId: request.id, etag: request.etag };
    expect(await click(PEOPLE.responder, 'approve', data)).toMatchObject({
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'UnknownVerb' },
    });
    expect(await click(PEOPLE.responder, 'acknowledge', { requestId: request.id })).toMatchObject({
      statusCode: 400,
      value: { code: 'BadCardData' },
    });
    expect((await requests.get(PEOPLE.requester, request.id)).body.status).toBe('new');
    expect(s.botErrors).toEqual([]);
  });
});
