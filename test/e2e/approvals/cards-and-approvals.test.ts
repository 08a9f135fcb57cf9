/**
 * The chat experience without a Teams tenant: a marketer acknowledges a request from its card
 * in the card preview; a two-step approval asked in the tab is approved by the first approver
 * in the approvals page and rejected by the second from the card preview. Every button goes
 * through the bot's own handler, so the API and the other pages see the same change.
 */
import type { Browser } from 'playwright-core';
import type { ApprovalDto } from '../../../functions/src/features/approvals/approval-dto';
import { DEMO } from '../../../functions/src/platform/local/demo-directory';
import { blockingViolations } from '../axe-scan';
import { type BrowserSuite, startBrowserSuite } from '../browser-suite';
import {
  approverStates,
  askForApproval,
  cardButton,
  openApprovalRow,
  openApprovals,
  openCardPreview,
  pressAndWait,
  previewCard,
} from './cards-tab-pages';
import { expectDetailStatus } from '../requests/detail-panel';
import { eventually } from '../eventually';
import { openTab } from '../tab-page';
import type { TabStack } from '../tab-stack';

let suite: BrowserSuite;
let stack: TabStack;
let browser: Browser;

beforeAll(async () => {
  suite = await startBrowserSuite();
  ({ stack, browser } = suite);
});
afterAll(async () => {
  await suite?.close();
});

it('a marketer acknowledges a request from its card, and the requests page shows it', async () => {
  const request = await stack.requests.create(DEMO.murmanskRep);
  const marketer = await openTab(browser, stack, DEMO.marketer);
  await openCardPreview(marketer.page);
  const card = previewCard(marketer.page, 'request', request.id);
  await card.waitFor({ state: 'visible' });
  expect(await card.getByTestId('preview-card-body').innerText()).toContain(request.title);

  await pressAndWait(marketer.page, cardButton(card, 'Acknowledge'));
  // The card the bot answered with replaces the clicked one: new state, no Acknowledge button.
  await eventually(async () => {
    expect(await card.getByTestId('preview-card-body').innerText()).toMatch(/Acknowledged/);
    expect(await cardButton(card, 'Acknowledge').count()).toBe(0);
  });
  const stored = (await stack.requests.get(DEMO.murmanskRep, request.id)).body;
  expect(stored.status).toBe('acknowledged');
  expect(stored.history.at(-1)).toMatchObject({ type: 'acknowledged', actorId: DEMO.marketer });
  expect({ view: 'cards', violations: await blockingViolations(marketer.page) }).toEqual({
    view: 'cards',
    violations: [],
  });

  // "Open in Tandem" opens the request in the same tab, on the requests page.
  await cardButton(card, 'Open in Tandem').click();
  await marketer.byTestId('request-detail').waitFor({ state: 'visible' });
  await eventually(async () => {
    expect(await marketer.byTestId('detail-title').innerText()).toContain(request.title);
  });
  await expectDetailStatus(marketer.page, /acknowledged/i);
  await marketer.context.close();
});

it('a two-step approval asked in the tab: approved in the approvals page, rejected from a card', async () => {
  const requester = await openTab(browser, stack, DEMO.marketer);
  await openApprovals(requester.page);
  const title = 'Spring catalogue print run';
  const id = await askForApproval(requester.page, {
    title,
    description: '20 000 copies for the branches, delivered by 1 April.',
    amount: '480 000',
    approvers: ['Anna Smirnova — Marketing, Head', 'Natalia Fedorova — Finance, Head'],
    due: '2026-03-06T18:00',
  });
  const asked = (
    await stack.api.call<ApprovalDto>('GET', `/api/approvals/${id}`, {
      token: await stack.tokenFor(DEMO.marketer),
    })
  ).body;
  expect(asked).toMatchObject({
    kind: 'campaign-budget',
    mode: 'sequential',
    amount: { value: 480000, currency: 'RUB' },
    dueAt: '2026-03-06T15:00:00.000Z', // 18:00 in Moscow
    approvers: [{ personId: DEMO.marketingHead }, { personId: DEMO.financeHead }],
  });
  // The new approval is shown at once, in the requester's own box, with only Cancel offered.
  await requester.byTestId('approval-detail').waitFor({ state: 'visible' });
  await requester.byTestId('approval-action-cancel').waitFor({ state: 'visible' });
  expect(await requester.byTestId('approval-action-approve').count()).toBe(0);

  const head = await openTab(browser, stack, DEMO.marketingHead);
  await openApprovals(head.page);
  await openApprovalRow(head.page, id);
  expect(await approverStates(head.page)).toEqual(['deciding', 'queued']);
  await head.byTestId('approval-action-approve').click();
  await head.byTestId('approval-comment').fill('Within the Q1 plan.');
  await head.byTestId('approval-submit').click();
  await head.byTestId('approval-done').waitFor({ state: 'visible' });
  await eventually(async () =>
    expect(await approverStates(head.page)).toEqual(['approved', 'deciding']),
  );
  expect({ view: 'approval', violations: await blockingViolations(head.page) }).toEqual({
    view: 'approval',
    violations: [],
  });

  const finance = await openTab(browser, stack, DEMO.financeHead);
  await openCardPreview(finance.page);
  const card = previewCard(finance.page, 'approval', id);
  await card.waitFor({ state: 'visible' });
  await cardButton(card, 'Reject…').click();
  await card.getByRole('textbox', { name: /Why do you reject it/ }).fill('Print in May instead.');
  await pressAndWait(finance.page, cardButton(card, 'Reject'));
  await eventually(async () => {
    expect(await card.getByTestId('preview-card-body').innerText()).toMatch(/Rejected/);
    expect(await cardButton(card, 'Reject…').count()).toBe(0);
  });

  const settled = (
    await stack.api.call<ApprovalDto>('GET', `/api/approvals/${id}`, {
      token: await stack.tokenFor(DEMO.marketer),
    })
  ).body;
  expect(settled.status).toBe('rejected');
  expect(settled.history.map((e) => [e.type, e.actorId, e.comment])).toEqual([
    ['created', DEMO.marketer, undefined],
    ['approved', DEMO.marketingHead, 'Within the Q1 plan.'],
    ['rejected', DEMO.financeHead, 'Print in May instead.'],
  ]);

  // The requester sees the outcome and the whole trail in the approvals page.
  await requester.byTestId('approvals-box-to-decide').click();
  await requester.byTestId('approvals-box-mine').click();
  await openApprovalRow(requester.page, id);
  await eventually(async () => {
    expect(await requester.byTestId('approval-detail-status').getAttribute('data-status')).toBe(
      'rejected',
    );
    expect(await requester.byTestId('approval-event').count()).toBe(3);
  });
  expect(await requester.byTestId('approval-detail').innerText()).toContain(
    'Print in May instead.',
  );
  await Promise.all([requester.context.close(), head.context.close(), finance.context.close()]);
});

it('draws the cards in the tab’s dark theme', async () => {
  await stack.requests.create(DEMO.murmanskRep);
  const dark = await openTab(browser, stack, DEMO.marketer, { theme: 'dark' });
  await openCardPreview(dark.page);
  const surface = dark.page.locator('.ac-adaptiveCard').first();
  await surface.waitFor({ state: 'visible' });
  const background = await surface.evaluate(
    (el) =>
      (
        globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }
      ).getComputedStyle(el).backgroundColor,
  );
  const luminance = (rgb: string) => {
    const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number) as [number, number, number];
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  };
  expect(luminance(background)).toBeLessThan(0.25);
  await dark.context.close();
});
