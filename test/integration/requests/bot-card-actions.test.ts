/**
 * Card clicks through /api/messages on the real local stack: the person in the activity acts,
 * through the same use case and checks as the API, and gets their refreshed card back; never
 * with someone else's authority, whatever the card's data says.
 */
import { releaseCardDom } from '../../../functions/src/platform/cards/card-test-dom';
import { verbsOf } from '../../../functions/src/platform/cards/card-test-walk';
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

describe('a responder acknowledging from a card', () => {
  it('moves the request on as that person and answers with their refreshed card', async () => {
    const request = await requests.create(PEOPLE.requester);
    const body = await click(PEOPLE.responder, 'acknowledge', {
      requestId: request.id,
      etag: request.etag,
    });
    const { card, text } = answeredCard(body);
    expect(text).toContain('Acknowledged');
    expect(verbsOf(card)).toEqual(['answer', 'decline']);
    const after = (await requests.get(PEOPLE.requester, request.id)).body;
    expect(after.status).toBe('acknowledged');
    expect(after.history.at(-1)).toMatchObject({ type: 'acknowledged', actorId: PEOPLE.responder });
    // The answered card carries the new version, so its next click is not stale.
    expect(card.refresh?.action.data.etag).toBe(after.etag);
  });

  it('answers with the typed text as the domain’s { text } and the same rules', async () => {
    const request = await requests.create(PEOPLE.requester);
    const body = await click(PEOPLE.responder, 'answer', {
      requestId: request.id,
      etag: request.etag,
      text: 'Printed banners are in the Murmansk store room.',
    });
    expect(answeredCard(body).text).toContain('Printed banners are in the Murmansk store room.');
    const after = (await requests.get(PEOPLE.requester, request.id)).body;
    expect(after.status).toBe('resolved');
  });
});

describe('who acts', () => {
  it('refuses the requester answering their own request, with a message on the card', async () => {
    const request = await requests.create(PEOPLE.requester);
    const body = await click(PEOPLE.requester, 'answer', {
      requestId: request.id,
      etag: request.etag,
      text: 'I answer myself.',
    });
    const { card, text } = answeredCard(body);
    expect(text).toMatch(/Only .* can answer this request\./);
    expect(verbsOf(card)).toEqual(['cancel']);
    const after = (await requests.get(PEOPLE.requester, request.id)).body;
    expect({ status: after.status, etag: after.etag }).toEqual({
      status: 'new',
      etag: request.etag,
    });
  });

  it('ignores a forged userId in the card data: the sender is the actor', async () => {
    const request = await requests.create(PEOPLE.requester);
    const forged = { requestId: request.id, etag: request.etag, userId: PEOPLE.responderHead };
    // Someone outside both departments cannot borrow the head's identity through the data…
    const refused = answeredCard(await click(PEOPLE.outsider, 'acknowledge', forged));
    expect(refused.text).toContain('This request is between other departments.');
    expect((await requests.get(PEOPLE.requester, request.id)).body.status).toBe('new');
    // …and a responder who may act is recorded as themself, not as the head in the data.
    answeredCard(await click(PEOPLE.responder, 'acknowledge', forged));
    const after = (await requests.get(PEOPLE.requester, request.id)).body;
    expect(after.history.at(-1)).toMatchObject({ type: 'acknowledged', actorId: PEOPLE.responder });
  });

  it('answers a person who is not in the directory with a message only', async () => {
    const request = await requests.create(PEOPLE.requester);
    const stranger = '00000000-0000-4000-a000-000000000999';
    const { card, text } = answeredCard(
      await click(stranger, 'acknowledge', { requestId: request.id, etag: request.etag }),
    );
    expect(text).toContain('not in Tandem’s directory');
    // No button to act with, only the way into the tab.
    expect(card.actions).toEqual([expect.objectContaining({ type: 'Action.OpenUrl' })]);
  });
});
