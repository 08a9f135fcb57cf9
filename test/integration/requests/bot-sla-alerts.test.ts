/**
 * SLA alerts in chat: as the SLA sweep reaches each step of the escalation chain, the people it
 * names get an alert card in their personal chat with the bot — the responding head at 75 %,
 * the head and the executive at the breach — exactly once each, however often the sweep runs.
 */
import { releaseCardDom } from '../../../functions/src/platform/cards/card-test-dom';
import { verbsOf } from '../../../functions/src/platform/cards/card-test-walk';
import { DEMO, DEMO_TENANT_ID } from '../../../functions/src/platform/local/demo-directory';
import type { RequestNotification as Notification } from '@tandem/shared';
import { PEOPLE, type RequestsClient, makeRequestsClient } from '../../fixtures/api-requests';
import {
  channel,
  installation,
  mentionMessage,
  personalChatOf,
} from '../../fixtures/bot-activities';
import { cardOf } from '../../fixtures/bot-cards';
import type { ConnectorCall } from '../../fixtures/bot-connector-stand-in';
import { type BotStack, startBotStack } from '../../fixtures/bot-stack';

const chatOf = (personId: string) => personalChatOf(personId).id;

let s: BotStack;
let requests: RequestsClient;
beforeAll(async () => {
  s = await startBotStack('2026-12-01T07:00:00Z'); // Tuesday 10:00 in Moscow
  requests = makeRequestsClient(s);
  await s.post(mentionMessage(s.from(DEMO.marketingHead, channel('marketing')), 'link marketing'));
  for (const personId of [PEOPLE.requester, DEMO.marketingHead, DEMO.executive]) {
    await s.post(installation(s.from(personId, personalChatOf(personId)), 'add'));
  }
});
afterAll(async () => {
  await s.close();
  releaseCardDom();
});

it('reaches the head at 75 %, then the head and the executive at the breach, once each', async () => {
  const request = await requests.create(PEOPLE.requester);
  await s.settle();
  // The sweep also moves the demo tenant's seeded requests on: only this one's calls count.
  const about = (calls: ConnectorCall[]) =>
    calls.filter((c) => JSON.stringify(c.body).includes(request.id));
  const alertsIn = (calls: ConnectorCall[]) =>
    about(calls)
      .filter((c) => c.method === 'POST')
      .map((c) => ({ to: c.conversationId, ...cardOf(c) }));

  s.clock.set('2026-12-01T10:00:00Z'); // 13:00 Moscow: 180 of 240 business minutes
  const warning = alertsIn(await s.callsDuring(() => s.stack.app.sweep()));
  expect(warning.map((a) => a.to)).toEqual([chatOf(DEMO.marketingHead)]);
  expect(warning[0]?.text).toMatch(/75 ?%/);
  // The head can act from the alert itself.
  expect(verbsOf(warning[0]!.card)).toEqual(['acknowledge', 'answer', 'decline']);

  s.clock.set('2026-12-01T12:00:00Z'); // 15:00 Moscow, after the lunch hour: 240 minutes
  const breach = await s.callsDuring(() => s.stack.app.sweep());
  const breachAlerts = alertsIn(breach);
  expect(breachAlerts.map((a) => a.to).sort()).toEqual(
    [chatOf(DEMO.marketingHead), chatOf(DEMO.executive)].sort(),
  );
  expect(breachAlerts.map((a) => a.text)).toEqual([
    expect.stringMatching(/breached/i),
    expect.stringMatching(/breached/i),
  ]);
  // The request cards posted in the channel and the requester's chat show the breach too.
  expect(about(breach).filter((c) => c.method === 'PUT')).toHaveLength(2);

  expect(alertsIn(await s.callsDuring(() => s.stack.app.sweep()))).toEqual([]);
  expect(s.botErrors).toEqual([]);
});

it('sends a notification repeated by a racing sweep to chat once', async () => {
  const request = await requests.create(PEOPLE.requester);
  await s.settle();
  const n: Notification = {
    id: `${request.id}:resolution:100:executive:${DEMO.executive}`,
    tenantId: DEMO_TENANT_ID as Notification['tenantId'],
    personId: DEMO.executive as Notification['personId'],
    kind: 'sla-breach',
    requestId: request.id,
    title: 'SLA breached',
    body: 'The resolution target has passed.',
    createdAt: '2026-12-01T12:00:00.000Z',
  };
  const calls = await s.callsDuring(() =>
    Promise.all([s.bot.notifier.notify(n), s.bot.notifier.notify(n)]),
  );
  expect(calls.map((c) => c.conversationId)).toEqual([chatOf(DEMO.executive)]);
  expect(cardOf(calls[0]).text).toMatch(/breached/i);
});

it('leaves a person without a chat with the bot to the notification inbox', async () => {
  const request = await requests.create(PEOPLE.requester);
  await s.settle();
  const calls = await s.callsDuring(() =>
    s.bot.notifier.notify({
      id: `${request.id}:firstResponse:75:responder-head:${DEMO.logisticsHead}`,
      tenantId: DEMO_TENANT_ID as Notification['tenantId'],
      personId: DEMO.logisticsHead as Notification['personId'],
      kind: 'sla-warning',
      requestId: request.id,
      title: 'SLA 75% used',
      body: '75% of the first response target is used.',
      createdAt: '2026-12-01T12:00:00.000Z',
    }),
  );
  expect(calls).toEqual([]);
});
