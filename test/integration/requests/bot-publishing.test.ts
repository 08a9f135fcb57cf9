/**
 * Cards that stay up to date: a new request is posted to the responding department's linked
 * channel and to the requester's chat once, and every later change — from the API or a card —
 * updates those same posts in place at the Bot Connector.
 */
import { releaseCardDom } from '../../../functions/src/platform/cards/card-test-dom';
import { verbsOf } from '../../../functions/src/platform/cards/card-test-walk';
import { DEMO } from '../../../functions/src/platform/local/demo-directory';
import {
  PEOPLE,
  type RequestDto,
  type RequestsClient,
  makeRequestsClient,
} from '../../fixtures/api-requests';
import {
  cardAction,
  channel,
  installation,
  mentionMessage,
  personalChatOf,
} from '../../fixtures/bot-activities';
import { cardOf } from '../../fixtures/bot-cards';
import type { ConnectorCall } from '../../fixtures/bot-connector-stand-in';
import { type BotStack, startBotStack } from '../../fixtures/bot-stack';

const marketing = channel('marketing');
const requesterChat = personalChatOf(PEOPLE.requester);

let s: BotStack;
let requests: RequestsClient;
beforeAll(async () => {
  s = await startBotStack('2026-12-01T07:00:00Z');
  requests = makeRequestsClient(s);
  await s.post(mentionMessage(s.from(DEMO.marketingHead, marketing), 'link marketing'));
  await s.post(installation(s.from(PEOPLE.requester, requesterChat), 'add'));
});
afterAll(async () => {
  await s.close();
  releaseCardDom();
});

const where = (calls: readonly (ConnectorCall | undefined)[]) =>
  calls.map((c) => `${c?.method} ${c?.conversationId} ${c?.activityId}`).sort();

it('posts a new request to the department channel and the requester once, then updates both in place', async () => {
  const made: RequestDto[] = [];
  const created = await s.callsDuring(async () =>
    made.push(await requests.create(PEOPLE.requester)),
  );
  let request = made[0] as RequestDto;
  expect(created.map((c) => `${c.method} ${c.conversationId}`).sort()).toEqual(
    [`POST ${marketing.id}`, `POST ${requesterChat.id}`].sort(),
  );
  const inChannel = created.find((c) => c.conversationId === marketing.id);
  const inChat = created.find((c) => c.conversationId === requesterChat.id);
  expect(verbsOf(cardOf(inChannel).card)).toEqual([]); // each member gets theirs by refresh
  expect(verbsOf(cardOf(inChat).card)).toEqual(['cancel']);

  // An API action updates the same two activities, and posts nothing new.
  const updated = await s.callsDuring(async () => {
    const acted = await requests.act(PEOPLE.responder, request.id, 'acknowledge', {}, request.etag);
    request = acted.body;
  });
  expect(where(updated)).toEqual(where([inChannel, inChat]).map((w) => w.replace('POST', 'PUT')));
  for (const call of updated) {
    expect(call.body.id).toBe(call.activityId);
    const { card, text } = cardOf(call);
    expect(text).toContain('Acknowledged');
    expect(card.refresh?.action.data.etag).toBe(request.etag);
  }

  // So does a click on the card in the requester's chat, answered at once with the card.
  const clicked = await s.callsDuring(async () => {
    const res = await s.post(
      cardAction(s.from(PEOPLE.requester, requesterChat), 'cancel', {
        requestId: request.id,
        etag: request.etag,
      }),
    );
    expect(res.body).toMatchObject({ statusCode: 200, value: { type: 'AdaptiveCard' } });
  });
  expect(where(clicked)).toEqual(where(updated));
  expect(clicked.map((c) => cardOf(c).text)).toEqual([
    expect.stringContaining('Cancelled'),
    expect.stringContaining('Cancelled'),
  ]);
  expect(s.botErrors).toEqual([]);
});

it('does not update a posted card when nothing it shows has changed', async () => {
  const request = await requests.create(PEOPLE.requester);
  await s.settle();
  expect(await s.callsDuring(() => s.bot.publisher.publish(request.tenantId, request.id))).toEqual(
    [],
  );
});

it('posts again on the next change when the Bot Connector refused the first post', async () => {
  await s.settle();
  s.connector.failNext(2);
  const request = await requests.create(PEOPLE.requester);
  await s.settle();
  expect(s.botErrors).toEqual([expect.stringContaining(request.id)]);
  s.botErrors.length = 0;
  const retried = await s.callsDuring(() =>
    requests.act(PEOPLE.responder, request.id, 'acknowledge', {}, request.etag),
  );
  expect(retried.map((c) => `${c.method} ${c.conversationId}`).sort()).toEqual(
    [`POST ${marketing.id}`, `POST ${requesterChat.id}`].sort(),
  );
  expect(s.botErrors).toEqual([]);
});
