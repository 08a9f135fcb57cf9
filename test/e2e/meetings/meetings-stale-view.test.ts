/**
 * A head proposes an agenda item from a page that another head has made stale: the API answers
 * 412, the page says so, shows the other head's change and keeps what was typed, and sending
 * again works.
 */
import type { Browser } from 'playwright-core';
import { DEMO } from '../../../functions/src/platform/local/demo-directory';
import { type BrowserSuite, startBrowserSuite } from '../browser-suite';
import { eventually } from '../eventually';
import { type ViewDto, agendaItem, itemIds, nextAnswer, openMeetingsPage } from './meetings-tab';
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

it('a head proposing from a stale view is told, keeps the text and sends it again', async () => {
  const made = await stack.api.call<ViewDto>('POST', '/api/meetings', {
    token: await stack.tokenFor(DEMO.marketingHead),
    json: {
      title: 'Spend review with Sales',
      departmentIds: ['marketing', 'sales'],
      requiredAttendeeIds: [DEMO.salesHead],
      optionalAttendeeIds: [],
      recurrence: {
        weekdays: [3],
        interval: 1,
        localTime: '15:00',
        timeZone: 'Europe/Moscow',
        startDate: '2026-03-18',
      },
      durationMinutes: 30,
    },
  });
  expect(made.status).toBe(201);
  const meetingId = made.body.id;
  const head = await openTab(browser, stack, DEMO.marketingHead);
  const { page } = head;
  await openMeetingsPage(page);
  await page
    .locator(`[data-testid="meeting-row"][data-meeting-id="${meetingId}"] button`)
    .first()
    .click();
  await page
    .locator(`[data-testid="meeting-detail"][data-meeting-id="${meetingId}"]`)
    .waitFor({ state: 'visible' });
  await head.byTestId('propose-button').click();
  const typed = 'Heaters instead of pools for Barnaul in October';
  await head.byTestId('propose-title').fill(typed);
  await head.byTestId('propose-timebox').fill('20');

  // Meanwhile the Sales head accepts a suggestion: the head's page now shows a stale version.
  const suggestion = made.body.agenda.items.find((i) => i.suggestedBecause);
  if (!suggestion) throw new Error('The demo data gave no suggestion');
  const accept = await stack.api.call(
    'POST',
    `/api/meetings/${meetingId}/items/${suggestion.id}/accept`,
    { token: await stack.tokenFor(DEMO.salesHead), headers: { 'if-match': made.body.etag } },
  );
  expect(accept.status).toBe(200);

  const refused = await nextAnswer(page, 'POST', `/meetings/${meetingId}/items`, () =>
    head.byTestId('propose-submit').click(),
  );
  expect(refused.status).toBe(412);
  await head.byTestId('meeting-conflict').waitFor({ state: 'visible' });
  expect(await head.byTestId('propose-title').inputValue()).toBe(typed);
  expect(await head.byTestId('propose-timebox').inputValue()).toBe('20');
  await eventually(async () =>
    expect(await itemIds(head.byTestId('agenda-list'))).toEqual([suggestion.id]),
  );

  const sent = await nextAnswer<ViewDto>(page, 'POST', `/meetings/${meetingId}/items`, () =>
    head.byTestId('propose-submit').click(),
  );
  expect(sent.status).toBe(201);
  await head.byTestId('propose-form').waitFor({ state: 'hidden' });
  expect(await head.byTestId('meeting-conflict').count()).toBe(0);
  const proposed = sent.body.agenda.items.find((i) => i.title === typed);
  expect(proposed?.status).toBe('proposed');
  await agendaItem(page, proposed!.id).waitFor({ state: 'visible' });
  await head.context.close();
});
