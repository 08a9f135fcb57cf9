/**
 * Joint planning in the tab, end to end in Chromium: the Marketing head schedules a weekly
 * meeting with Sales (a suggested free time picked), accepts two agenda items Tandem suggested
 * from the demo data, reorders them from the keyboard, saves the invitation file (checked with
 * ical.js), and after the meeting records a decision with an action item owned by Sales, which
 * a Sales member then finds in their inbox.
 */
import { expect } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { DEMO } from '../../../functions/src/platform/local/demo-directory';
import { blockingViolations } from '../axe-scan';
import { type BrowserSuite, startBrowserSuite } from '../browser-suite';
import { eventually } from '../eventually';
import { readInvite } from './meetings-invite';
import {
  type ViewDto,
  acceptedIds,
  agendaItem,
  downloadInviteText,
  itemIds,
  nextAnswer,
  openMeetingsPage,
  pickMany,
} from './meetings-tab';
import { openTab, rowOf } from '../tab-page';
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

const TITLE = 'Marketing and Sales: weekly planning';
/** Tuesday 10 March 2026, 10:00 in Moscow: the first occurrence. */
const TUESDAY_TEN = '2026-03-10T07:00:00.000Z';
const DECISION = 'Sales staffs the Expo stand; Marketing books hall 2.';
const ACTION = 'Name the 4 people for the Moscow Expo stand';

it('a head plans with Sales: suggestions, order, invite; the action item reaches Sales', async () => {
  const head = await openTab(browser, stack, DEMO.marketingHead);
  const { page } = head;
  await openMeetingsPage(page);
  await head.byTestId('schedule-meeting-button').click();
  await head.byTestId('schedule-form').waitFor({ state: 'visible' });
  await head.byTestId('schedule-title').fill(TITLE);
  // The head's own department is filled in; Sales is added, and people picked from the directory.
  await pickMany(page, 'schedule-departments', ['Sales']);
  await pickMany(page, 'schedule-required', ['Olga Petrova']);
  await pickMany(page, 'schedule-optional', ['Dmitry Volkov']);
  await head.byTestId('schedule-weekday-4').check();
  await head.byTestId('schedule-start-date').fill('2026-03-10');

  const times = await nextAnswer<{ slots: { start: string }[] }>(
    page,
    'POST',
    '/api/meetings/suggest-times',
    () => head.byTestId('schedule-suggest-times').click(),
  );
  expect(times.status).toBe(200);
  expect(times.body.slots.map((s) => s.start)).toContain(TUESDAY_TEN);
  await page.locator(`[data-testid="schedule-slot"][data-start="${TUESDAY_TEN}"]`).check();
  // The slot, read on Moscow's clock, becomes the series: Tuesdays at 10:00 from 10 March.
  expect(await head.byTestId('schedule-time').inputValue()).toBe('10:00');
  expect(await head.byTestId('schedule-weekday-2').isChecked()).toBe(true);
  expect(await head.byTestId('schedule-weekday-4').isChecked()).toBe(false);

  expect(await blockingViolations(page)).toEqual([]);

  const created = await nextAnswer<ViewDto>(page, 'POST', '/api/meetings', () =>
    head.byTestId('schedule-submit').click(),
  );
  expect(created.status).toBe(201);
  const meetingId = created.body.id;
  const detail = head.byTestId('meeting-detail');
  await detail.waitFor({ state: 'visible' });
  expect(await detail.getAttribute('data-meeting-id')).toBe(meetingId);
  const row = page.locator(`[data-testid="meeting-row"][data-meeting-id="${meetingId}"]`);
  expect(await row.getByTestId('meeting-departments').innerText()).toBe('Marketing · Sales');
  expect(await row.locator(`time[datetime="${TUESDAY_TEN}"]`).innerText()).toMatch(
    /Tue.*10:00.*Europe\/Moscow/,
  );

  // The outbox writes the invitation after the answer; the page looks again until it is there.
  await eventually(async () =>
    expect(await row.getByTestId('meeting-calendar-state').getAttribute('data-state')).toBe(
      'synced',
    ),
  );

  // Suggestions come from the demo data: open requests between Marketing and Sales, each with
  // the reason and a link to its request.
  const suggested = created.body.agenda.items.filter((i) => i.suggestedBecause);
  expect(suggested.length).toBeGreaterThanOrEqual(2);
  const suggestions = head.byTestId('agenda-suggestions');
  await eventually(async () =>
    expect(await itemIds(suggestions)).toEqual(suggested.map((i) => i.id)),
  );
  const [first, second] = suggested.map((i) => i.id) as [string, string];
  for (const s of suggested.slice(0, 2)) {
    const shown = agendaItem(page, s.id);
    expect(await shown.getByTestId('agenda-item-reason').innerText()).toMatch(
      /Suggested: .*(SLA breached|SLA at risk|open \d+ day)/,
    );
    expect(await shown.getByTestId('agenda-item-link').getAttribute('data-request-id')).toBe(
      s.link?.requestId,
    );
  }

  for (const id of [first, second]) {
    const answer = await nextAnswer(page, 'POST', `/items/${id}/accept`, () =>
      agendaItem(page, id).getByTestId('agenda-accept').click(),
    );
    expect(answer.status).toBe(200);
  }
  const agenda = head.byTestId('agenda-list');
  await eventually(async () => expect(await itemIds(agenda)).toEqual([first, second]));

  // Reorder from the keyboard; focus stays on the moved item's button.
  await agendaItem(page, second).getByTestId('agenda-move-up').focus();
  const reordered = await nextAnswer<ViewDto>(page, 'PUT', `/meetings/${meetingId}/order`, () =>
    page.keyboard.press('Enter'),
  );
  expect(reordered.status).toBe(200);
  await eventually(async () => expect(await itemIds(agenda)).toEqual([second, first]));
  await eventually(async () =>
    expect(
      await page.evaluate(() => {
        const el = document.activeElement;
        const item = el?.closest('[data-item-id]');
        return [el?.getAttribute('data-testid'), item?.getAttribute('data-item-id')];
      }),
    ).toEqual(['agenda-move-up', second]),
  );
  await eventually(async () =>
    expect(await head.byTestId('agenda-announcement').innerText()).toMatch(/is now 1 of 2/),
  );
  const saved = await stack.api.call<ViewDto>('GET', `/api/meetings/${meetingId}`, {
    token: await stack.tokenFor(DEMO.salesHead),
  });
  expect(acceptedIds(saved.body)).toEqual([second, first]);

  // The invitation file: an iTIP request in Moscow time, weekly on Tuesdays, latest agenda.
  const invite = await downloadInviteText(page);
  expect(invite.name).toMatch(/\.ics$/);
  const ics = readInvite(invite.text);
  expect(ics).toEqual({
    method: 'REQUEST',
    startZone: 'Europe/Moscow',
    zones: ['Europe/Moscow'],
    localStart: '2026-03-10T10:00:00',
    rrule: expect.stringMatching(/^(?=.*FREQ=WEEKLY)(?=.*BYDAY=TU(;|$))/),
    description: expect.any(String),
  });
  const title = (id: string) => suggested.find((i) => i.id === id)?.title ?? id;
  const at = [second, first].map((id) => ics.description.indexOf(title(id)));
  expect(at.every((i) => i >= 0) && at[0]! < at[1]!).toBe(true);

  // After the meeting: a decision and an action item owned by Sales on the first item.
  stack.clock.set('2026-03-10T08:30:00.000Z');
  await head.byTestId('minutes-button').click();
  const minutesItem = page.locator(`[data-testid="minutes-item"][data-item-id="${second}"]`);
  await minutesItem.getByTestId('minutes-decisions').fill(DECISION);
  await minutesItem.getByTestId('minutes-add-action').click();
  const action = minutesItem.getByTestId('minutes-action');
  await action.getByTestId('minutes-action-title').fill(ACTION);
  await action.getByTestId('minutes-action-owner').selectOption({ label: 'Sales' });
  await action.getByTestId('minutes-action-due').fill('2026-03-13');
  // The agenda, the proposal form and the minutes form pass axe's serious and critical rules.
  await head.byTestId('propose-button').click();
  expect(await blockingViolations(page)).toEqual([]);
  const recorded = await nextAnswer<ViewDto>(page, 'POST', `/meetings/${meetingId}/minutes`, () =>
    head.byTestId('minutes-submit').click(),
  );
  expect(recorded.status).toBe(200);
  const requestIds = recorded.body.minutes.find(
    (m) => m.occurrenceDate === '2026-03-10',
  )?.createdRequestIds;
  expect(requestIds).toHaveLength(1);
  const requestId = requestIds![0]!;
  const link = head.byTestId('minutes-created').getByTestId('minutes-request-link');
  expect(await link.getAttribute('data-request-id')).toBe(requestId);
  expect(await link.getAttribute('href')).toContain(`request=${requestId}`);
  await eventually(async () => expect(await link.innerText()).toContain(ACTION));
  // The agenda moved on to the next Tuesday; the item without minutes carried over.
  expect(recorded.body.agenda.occurrenceDate).toBe('2026-03-17');
  await eventually(async () => expect(await itemIds(agenda)).toEqual([first]));

  // A Sales member in Krasnoyarsk finds it in the Sales inbox, and reads the meeting in both zones.
  const request = await stack.requests.get(DEMO.krasnoyarskRep, requestId);
  expect([request.body.fromDepartmentId, request.body.toDepartmentId]).toEqual([
    'marketing',
    'sales',
  ]);
  const rep = await openTab(browser, stack, DEMO.krasnoyarskRep);
  await rep.byTestId('box-inbox').click();
  const inboxRow = rowOf(rep.page, requestId);
  await inboxRow.waitFor({ state: 'visible' });
  expect(await inboxRow.getByTestId('request-title').innerText()).toContain(ACTION);
  await openMeetingsPage(rep.page);
  const repRow = rep.page.locator(`[data-testid="meeting-row"][data-meeting-id="${meetingId}"]`);
  await repRow.waitFor({ state: 'visible' });
  await eventually(async () =>
    expect(
      await repRow
        .locator('time')
        .evaluateAll((ts) => ts.map((t) => [t.getAttribute('data-zone'), t.textContent ?? ''])),
    ).toEqual([
      ['Europe/Moscow', expect.stringMatching(/Tue.*Mar 17.*10:00.*Europe\/Moscow/)],
      ['Asia/Krasnoyarsk', expect.stringMatching(/your time Tue.*Mar 17.*14:00/)],
    ]),
  );
  // A member may propose items but not decide on them or record minutes.
  await rep.byTestId('propose-button').waitFor({ state: 'visible' });
  expect(await rep.byTestId('agenda-move-up').count()).toBe(0);
  expect(await rep.byTestId('minutes-button').count()).toBe(0);

  // The link in the minutes opens the request in the requests page.
  await link.click();
  await head.byTestId('request-detail').waitFor({ state: 'visible' });
  await eventually(async () =>
    expect(await head.byTestId('detail-title').innerText()).toContain(ACTION),
  );
  await Promise.all([head.context.close(), rep.context.close()]);
});
