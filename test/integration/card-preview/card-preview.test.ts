/**
 * The card preview API the tab's page uses: `GET /api/cards` lists the cards the bot would show
 * the signed-in person now, as they would see them, and `POST /api/cards/action` runs a button
 * through the bot's own card action handler as the caller of the token — never as anyone the
 * data names. It works with the bot composed and without it (no Bot Connector needed).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { releaseCardDom } from '../../../functions/src/platform/cards/card-test-dom';
import { verbsOf } from '../../../functions/src/platform/cards/card-test-walk';
import { loadConfig } from '../../../functions/src/config';
import { DEMO, DEMO_TENANT_ID } from '../../../functions/src/platform/local/demo-directory';
import {
  type LocalStack,
  startLocalStack,
} from '../../../functions/src/platform/local/local-stack';
import { type Api, expectProblem, makeApi } from '../../fixtures/api-client';
import { makeTestClock } from '../../fixtures/api-stack';
import { PEOPLE, type RequestsClient, makeRequestsClient } from '../../fixtures/api-requests';
import { budgetApproval } from '../../fixtures/approvals-stack';
import { type ApprovalBot, makeApprovalBot } from '../../fixtures/bot-approvals';
import { answeredCard, readCard } from '../../fixtures/bot-cards';
import { type BotStack, startBotStack } from '../../fixtures/bot-stack';

interface PreviewCardDto {
  id: string;
  kind: 'request' | 'approval' | 'sla-alert';
  subjectId: string;
  title: string;
  card: unknown;
}

const previewOf = async (api: Api, token: string, query = '') => {
  const res = await api.call<{ cards: PreviewCardDto[] }>('GET', `/api/cards${query}`, { token });
  expect(res.status).toBe(200);
  // Every card as a Teams client would read it: valid at 1.5 and rendered without a warning.
  return res.body.cards.map((c) => ({ ...c, ...readCard(c.card) }));
};
const clickAs = (api: Api, token: string, verb: string, data: Record<string, unknown>) =>
  api.call<unknown>('POST', '/api/cards/action', { token, json: { verb, data } });

afterAll(releaseCardDom);

describe('with the bot', () => {
  let s: BotStack;
  let requests: RequestsClient;
  let approvals: ApprovalBot;
  beforeAll(async () => {
    s = await startBotStack('2026-12-01T07:00:00Z'); // Tuesday 10:00 in Moscow
    requests = makeRequestsClient(s);
    approvals = makeApprovalBot(s);
  });
  afterAll(() => s.close());

  it('lists the approvals to decide and the department’s open requests, as the viewer sees them', async () => {
    const asked = await approvals.ask(
      DEMO.marketer,
      budgetApproval([DEMO.marketingHead, DEMO.financeHead]),
    );
    s.clock.advanceMinutes(1);
    const request = await requests.create(PEOPLE.requester);
    const cards = await previewOf(s.api, await s.tokenFor(DEMO.marketingHead));
    const kinds = cards.map((c) => c.kind);
    expect(kinds.indexOf('approval')).toBeLessThan(kinds.indexOf('request'));
    const approval = cards.find((c) => c.id === `approval:${asked.id}`);
    expect(approval).toMatchObject({ kind: 'approval', subjectId: asked.id, title: asked.title });
    expect(verbsOf(approval!.card)).toEqual(['approval.approve', 'approval.reject']);
    const requestCards = cards.filter((c) => c.kind === 'request');
    expect(requestCards.length).toBeLessThanOrEqual(20);
    // Newest first: the request raised a minute ago leads, with the head's own buttons.
    expect(requestCards[0]).toMatchObject({ id: `request:${request.id}`, title: request.title });
    expect(verbsOf(requestCards[0]!.card)).toEqual(['acknowledge', 'answer', 'decline']);
    // The requester sees the same approval with Cancel only, and in Russian when asked.
    const mine = await previewOf(s.api, await s.tokenFor(DEMO.marketer), '?locale=ru-RU');
    const theirs = mine.find((c) => c.subjectId === asked.id);
    expect(verbsOf(theirs!.card)).toEqual(['approval.cancel']);
    expect(theirs?.text).toContain('Бюджет кампании');
    expectProblem(
      await s.api.call('GET', '/api/cards?locale=%3Cat%3E', {
        token: await s.tokenFor(DEMO.marketer),
      }),
      400,
      'validation-failed',
    );
  });

  it('acknowledges a request from the preview as the caller, through the bot’s handler', async () => {
    const request = await requests.create(PEOPLE.requester);
    const res = await clickAs(s.api, await s.tokenFor(PEOPLE.responder), 'acknowledge', {
      requestId: request.id,
      etag: request.etag,
    });
    expect(res.status).toBe(200);
    const { card, text } = answeredCard(res.body);
    expect(text).toContain('Acknowledged');
    expect(verbsOf(card)).toEqual(['answer', 'decline']);
    const after = (await requests.get(PEOPLE.requester, request.id)).body;
    expect(after.history.at(-1)).toMatchObject({ type: 'acknowledged', actorId: PEOPLE.responder });
  });

  it('cannot act as someone else, whatever the data says', async () => {
    const request = await requests.create(PEOPLE.requester);
    const forged = {
      requestId: request.id,
      etag: request.etag,
      text: 'Answered in someone else’s name.',
      userId: PEOPLE.responder,
      aadObjectId: PEOPLE.responder,
      from: { aadObjectId: PEOPLE.responder },
    };
    const res = await clickAs(s.api, await s.tokenFor(PEOPLE.requester), 'answer', forged);
    const { card, text } = answeredCard(res.body);
    expect(text).toMatch(/Only .* can answer this request\./);
    expect(verbsOf(card)).toEqual(['cancel']);
    const after = (await requests.get(PEOPLE.requester, request.id)).body;
    expect({ status: after.status, etag: after.etag }).toEqual({
      status: 'new',
      etag: request.etag,
    });
    // Without a token there is no caller at all.
    expectProblem(
      await s.api.call('POST', '/api/cards/action', {
        json: { verb: 'acknowledge', data: forged },
      }),
      401,
      'unauthorized',
    );
  });

  it('decides an approval from the preview, and refuses a malformed click', async () => {
    const asked = await approvals.ask(
      DEMO.marketer,
      budgetApproval([DEMO.marketingHead, DEMO.financeHead]),
    );
    const head = await s.tokenFor(DEMO.marketingHead);
    const res = await clickAs(s.api, head, 'approval.approve', {
      approvalId: asked.id,
      etag: asked.etag,
      approveComment: 'Fine by Marketing.',
    });
    expect(answeredCard(res.body).text).toContain('1. Anna Smirnova approved');
    const finance = await previewOf(s.api, await s.tokenFor(DEMO.financeHead));
    const next = finance.find((c) => c.subjectId === asked.id);
    expect(verbsOf(next!.card)).toEqual(['approval.approve', 'approval.reject']);
    expect((await approvals.get(DEMO.marketer, asked.id)).body.decisions).toMatchObject([
      { approverId: DEMO.marketingHead, comment: 'Fine by Marketing.' },
    ]);
    expectProblem(
      await s.api.call('POST', '/api/cards/action', { token: head, json: { data: {} } }),
      400,
      'validation-failed',
    );
    expect(await clickAs(s.api, head, 'approval.approve', { approvalId: asked.id })).toMatchObject({
      status: 200,
      body: {
        statusCode: 400,
        type: 'application/vnd.microsoft.error',
        value: { code: 'BadCardData' },
      },
    });
  });

  it('shows the SLA alerts the bot sent, over the card as the reader sees it', async () => {
    const request = await requests.create(PEOPLE.requester);
    // 14:30 in Moscow: 180 of the 240 first-response minutes since 10:01 (lunch is 13–14).
    s.clock.set('2026-12-01T11:30:00Z');
    await s.stack.app.sweep();
    const cards = await previewOf(s.api, await s.tokenFor(DEMO.marketingHead));
    const alert = cards.find((c) => c.kind === 'sla-alert' && c.subjectId === request.id);
    expect(alert?.text).toMatch(/^SLA warning: 75% of the first response time is used/);
    // Alerts lead the list: what needs attention first.
    const kinds = cards.map((c) => c.kind);
    expect(kinds.lastIndexOf('sla-alert')).toBeLessThan(kinds.indexOf('request'));
    expect(s.botErrors).toEqual([]);
  });
});

describe('without a bot', () => {
  let stack: LocalStack;
  let dataDir: string;
  let api: Api;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'tandem-preview-'));
    const config = loadConfig({ PORT: '0', COSMOS_LOCAL_PORT: '0', TANDEM_DATA_DIR: dataDir });
    if (config.mode !== 'local') throw new Error('The preview tests need local mode');
    const clock = makeTestClock('2026-12-01T07:00:00Z');
    stack = await startLocalStack({ config, seed: true, clock, quiet: true, bot: false });
    api = makeApi(stack.url);
  });
  afterAll(async () => {
    await stack.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  const tokenFor = (personId: string) =>
    stack.issuer.issue({ tenantId: DEMO_TENANT_ID, objectId: personId, name: personId });

  it('lists and acts all the same, with no /api/messages', async () => {
    expect(stack.app.platform.chat).toBeUndefined();
    const responder = await tokenFor(PEOPLE.responder);
    const cards = await previewOf(api, responder);
    const first = cards.find(
      (c) => c.kind === 'request' && verbsOf(c.card).includes('acknowledge'),
    );
    expect(first).toBeDefined();
    const button = first!.card.refresh!.action.data;
    const res = await clickAs(api, responder, 'acknowledge', { ...button });
    expect(answeredCard(res.body).text).toContain('Acknowledged');
    expect((await api.call('POST', '/api/messages', { json: {} })).status).toBe(404);
  });
});
