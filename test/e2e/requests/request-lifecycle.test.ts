/**
 * A request's life in two browsers: the Murmansk sales rep raises it, a marketer answers it, the
 * rep closes it; and two marketers answering the same request at once, where the slower one is
 * told and keeps what they typed.
 */
import type { Browser } from 'playwright-core';
import { DEMO, demoPeople } from '../../../functions/src/platform/local/demo-directory';
import { type BrowserSuite, startBrowserSuite } from '../browser-suite';
import { expectDetailStatus, offeredActions, openDetail, runAction } from './detail-panel';
import { eventually } from '../eventually';
import { fillNewRequest, submitNewRequest } from './new-request-form';
import { openTab, rowIds, rowOf } from '../tab-page';
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

const personName = (id: string) => demoPeople.find((p) => p.id === id)?.displayName ?? id;

it('a rep raises a request to Marketing, a marketer answers it, the rep closes it', async () => {
  const rep = await openTab(browser, stack, DEMO.murmanskRep);
  const title = 'Price tags for the Murmansk window';
  await fillNewRequest(rep.page, {
    department: 'Marketing',
    type: 'Question',
    priority: 'Urgent',
    title,
    description: 'The window changes on Friday.',
  });

  const preview = await stack.api.call<{
    sla: { firstResponseDueAt: string; resolutionDueAt: string };
  }>('POST', '/api/requests/preview', {
    token: await stack.tokenFor(DEMO.murmanskRep),
    json: { toDepartmentId: 'marketing', typeId: 'question', priority: 'urgent' },
  });
  const { firstResponseDueAt, resolutionDueAt } = preview.body.sla;
  // Urgent: 1 and 8 business hours from Tuesday 10:00 Moscow → 11:00, Wednesday 10:00.
  expect([firstResponseDueAt, resolutionDueAt].map(Date.parse)).toEqual(
    ['2026-03-03T08:00:00Z', '2026-03-04T07:00:00Z'].map(Date.parse),
  );
  // The preview shows both instants (as machine-readable <time> values too) in Moscow time.
  const shown = rep.byTestId('new-request-preview');
  await eventually(async () => {
    expect(
      await shown.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime'))),
    ).toEqual([firstResponseDueAt, resolutionDueAt]);
    const text = await shown.innerText();
    expect(text).toContain('11:00');
    expect(text).toContain('10:00');
    expect(text).toMatch(/Europe\/Moscow|Moscow/);
  });

  const id = await submitNewRequest(rep.page);

  // Half of the first-response target passes before Marketing looks.
  stack.clock.advanceMinutes(30);
  const marketer = await openTab(browser, stack, DEMO.marketer);
  await marketer.byTestId('box-inbox').click();
  await rowOf(marketer.page, id).waitFor({ state: 'visible' });
  const apiOrder: string[] = (await stack.requests.listAll(DEMO.marketer, 'box=inbox')).map(
    (r) => r.id,
  );
  const rows = await rowIds(marketer.page);
  expect(rows).toEqual(apiOrder.filter((x) => rows.includes(x)));
  expect(rows.indexOf(id)).toBe(apiOrder.indexOf(id));

  const mine = (await stack.requests.get(DEMO.marketer, id)).body;
  const bar = rowOf(marketer.page, id).getByTestId('sla-bar');
  const value = Number(await bar.getAttribute('aria-valuenow'));
  const max = Number(await bar.getAttribute('aria-valuemax'));
  expect(mine.sla.percentUsed).toBeCloseTo(50, 0);
  expect(Math.round((value / max) * 100)).toBe(Math.round(mine.sla.percentUsed));
  expect(await bar.getAttribute('data-sla-state')).toBe(mine.sla.state);

  await openDetail(marketer.page, id);
  await eventually(async () => {
    expect(await marketer.byTestId('detail-title').innerText()).toContain(title);
  });
  expect(await offeredActions(marketer.page)).toEqual([...mine.allowedActions].sort());
  await runAction(marketer.page, 'acknowledge');
  await expectDetailStatus(marketer.page, /acknowledged/i);
  await runAction(marketer.page, 'answer', 'New price tags are in the shared folder.');
  await expectDetailStatus(marketer.page, /resolved/i);

  // Switching boxes reloads the list, as a user would to see what changed.
  await rep.byTestId('box-inbox').click();
  await rep.byTestId('box-outbox').click();
  await eventually(async () => {
    expect(await rowOf(rep.page, id).getByTestId('request-status').innerText()).toMatch(
      /resolved/i,
    );
  });
  await openDetail(rep.page, id);
  await runAction(rep.page, 'close');
  await expectDetailStatus(rep.page, /closed/i);

  const { history } = (await stack.requests.get(DEMO.murmanskRep, id)).body;
  expect(history.map((e) => e.type)).toEqual(['created', 'acknowledged', 'answered', 'closed']);
  const events = rep.byTestId('history-event');
  await eventually(async () => expect(await events.count()).toBe(history.length));
  const texts = await events.allInnerTexts();
  // Oldest or newest first are both fine; each event must name its actor.
  const actors = history.map((e) => personName(e.actorId));
  const matches = (order: string[]) => order.every((name, i) => texts[i]?.includes(name));
  const ok = matches(actors) || matches([...actors].reverse());
  expect({ texts, actors, ok }).toEqual({ texts, actors, ok: true });
  expect(texts.join('\n')).toContain('New price tags are in the shared folder.');
  await Promise.all([rep.context.close(), marketer.context.close()]);
});

it('the slower of two marketers answering the same request is told and keeps the text', async () => {
  const request = await stack.requests.create(DEMO.murmanskRep);
  const first = await openTab(browser, stack, DEMO.marketer);
  const second = await openTab(browser, stack, DEMO.marketer2);
  for (const s of [first, second]) {
    await s.byTestId('box-inbox').click();
    await openDetail(s.page, request.id);
  }
  await runAction(first.page, 'answer', 'Sent the artwork this morning.');
  await expectDetailStatus(first.page, /resolved/i);

  const typed = 'I can do it by Thursday: 3 x 6 m, matte.';
  await second.byTestId('action-answer').click();
  await second.byTestId('action-text').fill(typed);
  const refused = second.page.waitForResponse((r) => r.url().endsWith(`/${request.id}/answer`));
  await second.byTestId('action-submit').click();
  expect((await refused).status()).toBe(412);

  await second.byTestId('conflict-message').waitFor({ state: 'visible' });
  await expectDetailStatus(second.page, /resolved/i);
  // In the open form if answering is still allowed, else read-only in the conflict message.
  expect(await second.byTestId('action-text').inputValue()).toBe(typed);

  const { body } = await stack.requests.get(DEMO.murmanskRep, request.id);
  expect(body.history.filter((e) => e.type === 'answered').map((e) => e.comment)).toEqual([
    'Sent the artwork this morning.',
  ]);
  await Promise.all([first.context.close(), second.context.close()]);
});
