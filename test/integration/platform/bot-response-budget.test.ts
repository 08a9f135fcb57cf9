/**
 * Teams gives the bot about five seconds to answer an `adaptiveCard/action` invoke before it
 * shows the click as failed and sends it again. A click changes cards posted elsewhere, and the
 * Bot Connector can be slow; those updates must not stand between the click and its answer.
 * Here every Bot Connector call takes 3 s, so a click that waited for its two or three updates
 * would miss the budget: request and approval clicks are still answered at once with the
 * refreshed card, and the posted copies are updated afterwards.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { releaseCardDom } from '../../../functions/src/platform/cards/card-test-dom';
import { DEMO } from '../../../functions/src/platform/local/demo-directory';
import { budgetApproval } from '../../fixtures/approvals-stack';
import { PEOPLE, type RequestsClient, makeRequestsClient } from '../../fixtures/api-requests';
import {
  cardAction,
  channel,
  installation,
  mentionMessage,
  personalChatOf,
} from '../../fixtures/bot-activities';
import { type ApprovalBot, makeApprovalBot } from '../../fixtures/bot-approvals';
import { answeredCard, cardOf } from '../../fixtures/bot-cards';
import { type BotStack, startBotStack } from '../../fixtures/bot-stack';

/** Well inside Teams' five seconds, with room for a loaded test machine. */
const ANSWER_WITHIN_MS = 2_500;
/** Longer than the bound above: a click that waited for even one Bot Connector call fails. */
const CONNECTOR_DELAY_MS = 3_000;

interface SlowRelay {
  readonly serviceUrl: string;
  delayMs: number;
  /** Calls received so far. */
  readonly received: () => number;
  close(): Promise<void>;
}

/** Holds every call for `delayMs`, then passes it on to the Bot Connector stand-in. */
async function startSlowRelay(target: string): Promise<SlowRelay> {
  let received = 0;
  const relay: { delayMs: number } = { delayMs: 0 };
  const server = http.createServer((req, res) => {
    received++;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      setTimeout(() => {
        const url = new URL(req.url ?? '/', target);
        const headers = { ...req.headers, host: url.host };
        const onward = http.request(url, { method: req.method, headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        onward.end(Buffer.concat(chunks));
      }, relay.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(relay, {
    serviceUrl: `http://127.0.0.1:${port}/emea/`,
    received: () => received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

const marketing = channel('marketing');
const requesterChat = personalChatOf(PEOPLE.requester);

let s: BotStack;
let relay: SlowRelay;
let requests: RequestsClient;
let approvals: ApprovalBot;
/** Where a person writes from, with the slow relay as the Bot Connector's address. */
const via = (personId: string, conversation = personalChatOf(personId)) => ({
  ...s.from(personId, conversation),
  serviceUrl: relay.serviceUrl,
});

beforeAll(async () => {
  s = await startBotStack('2026-12-01T07:00:00Z');
  relay = await startSlowRelay(s.connector.serviceUrl);
  requests = makeRequestsClient(s);
  approvals = makeApprovalBot(s);
  await s.post(mentionMessage(via(DEMO.marketingHead, marketing), 'link marketing'));
  for (const personId of [PEOPLE.requester, DEMO.marketer, DEMO.marketingHead, DEMO.financeHead])
    await s.post(installation(via(personId), 'add'));
  await s.settle();
}, 30_000);
afterEach(() => {
  relay.delayMs = 0;
});
afterAll(async () => {
  relay.delayMs = 0;
  await s.close();
  await relay.close();
  releaseCardDom();
}, 60_000);

/** Posts the click: how long its answer took, and how long until the card updates were done. */
async function timedClick(activity: object) {
  const started = performance.now();
  const res = await s.post(activity);
  const ms = performance.now() - started;
  const relayed = relay.received();
  await s.settle();
  return { res, ms, updatesMs: performance.now() - started, relayed: relay.received() - relayed };
}

it('answers a request click at once while the posted cards wait for a slow Bot Connector', async () => {
  const request = await requests.create(PEOPLE.requester);
  await s.settle();
  const posted = s.connector.calls.length;
  relay.delayMs = CONNECTOR_DELAY_MS;

  const click = await timedClick(
    cardAction(via(PEOPLE.responder), 'acknowledge', { requestId: request.id, etag: request.etag }),
  );

  expect(click.res.status).toBe(200);
  expect(answeredCard(click.res.body).text).toContain('Acknowledged');
  expect(click.ms).toBeLessThan(ANSWER_WITHIN_MS);
  // The channel's and the requester's copies went through the slow Bot Connector afterwards.
  expect(click.updatesMs).toBeGreaterThanOrEqual(CONNECTOR_DELAY_MS);
  expect(click.relayed).toBe(2);
  const updates = s.connector.calls.slice(posted);
  expect(updates.map((c) => `${c.method} ${c.conversationId}`).sort()).toEqual(
    [`PUT ${marketing.id}`, `PUT ${requesterChat.id}`].sort(),
  );
  for (const call of updates) expect(cardOf(call).text).toContain('Acknowledged');
  expect(s.botErrors).toEqual([]);
}, 60_000);

it('answers an approval click at once while the next approver’s card waits', async () => {
  const asked = await approvals.ask(
    DEMO.marketer,
    budgetApproval([DEMO.marketingHead, DEMO.financeHead]),
  );
  await s.settle();
  const posted = s.connector.calls.length;
  relay.delayMs = CONNECTOR_DELAY_MS;

  const click = await timedClick(
    cardAction(via(DEMO.marketingHead), 'approval.approve', {
      approvalId: asked.id,
      etag: asked.etag,
      approveComment: 'Within the plan.',
    }),
  );

  expect(click.res.status).toBe(200);
  expect(answeredCard(click.res.body).text).toContain('Anna Smirnova approved');
  expect(click.ms).toBeLessThan(ANSWER_WITHIN_MS);
  expect(click.updatesMs).toBeGreaterThanOrEqual(CONNECTOR_DELAY_MS);
  expect(click.relayed).toBe(3);
  // The second approver's card is posted, the two earlier copies updated in place.
  const calls = s.connector.calls.slice(posted).map((c) => `${c.method} ${c.conversationId}`);
  expect(calls.sort()).toEqual(
    [
      `POST ${personalChatOf(DEMO.financeHead).id}`,
      `PUT ${personalChatOf(DEMO.marketingHead).id}`,
      `PUT ${personalChatOf(DEMO.marketer).id}`,
    ].sort(),
  );
  expect(s.botErrors).toEqual([]);
}, 60_000);
