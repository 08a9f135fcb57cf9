/**
 * A head changes a meeting series from the tab and then cancels it, end to end in Chromium: the
 * edit dialog sends only what changed (and, after another head's change, keeps the typed time
 * and shows their change), the invitation file follows (11:00, a higher SEQUENCE of the same
 * UID), the calendar badge goes back to pending and then synced, and a cancelled series shows as
 * cancelled, offers no more changes and downloads as METHOD:CANCEL.
 */
import { expect } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { DEMO } from '../../../functions/src/platform/local/demo-directory';
import { blockingViolations } from '../axe-scan';
import { type BrowserSuite, startBrowserSuite } from '../browser-suite';
import { eventually } from '../eventually';
import { readInvite, readInviteVersion } from './meetings-invite';
import { type ViewDto, downloadInviteText, nextAnswer, openMeetingsPage } from './meetings-tab';
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

const recurrence = {
  weekdays: [2],
  interval: 1,
  localTime: '10:00',
  timeZone: 'Europe/Moscow',
  startDate: '2026-03-10',
};
/** Tuesday 10 March 2026 at 11:00 in Moscow: the first occurrence once moved. */
const TUESDAY_ELEVEN = '2026-03-10T08:00:00.000Z';
const COMMENT = 'Planning moves to the quarterly review.';

it('a head moves the meeting from 10:00 to 11:00, then cancels it', async () => {
  const made = await stack.api.call<ViewDto>('POST', '/api/meetings', {
    token: await stack.tokenFor(DEMO.marketingHead),
    json: {
      title: 'Marketing and Sales: Tuesday planning',
      departmentIds: ['marketing', 'sales'],
      requiredAttendeeIds: [DEMO.salesHead],
      optionalAttendeeIds: [],
      recurrence,
      durationMinutes: 60,
    },
  });
  expect(made.status).toBe(201);
  const meetingId = made.body.id;
  const head = await openTab(browser, stack, DEMO.marketingHead);
  const { page } = head;
  await openMeetingsPage(page);
  const row = page.locator(`[data-testid="meeting-row"][data-meeting-id="${meetingId}"]`);
  await row.locator('button').first().click();
  const detail = page.locator(`[data-testid="meeting-detail"][data-meeting-id="${meetingId}"]`);
  await detail.waitFor({ state: 'visible' });
  const calendarState = () => row.getByTestId('meeting-calendar-state').getAttribute('data-state');
  await eventually(async () => expect(await calendarState()).toBe('synced'));
  const first = readInviteVersion((await downloadInviteText(page)).text);
  expect(first.sequence).toBe(0);

  // The edit dialog starts from the series as it is.
  await head.byTestId('meeting-edit-button').click();
  const form = head.byTestId('edit-meeting-form');
  await form.waitFor({ state: 'visible' });
  expect(await form.getByTestId('schedule-title').inputValue()).toBe(
    'Marketing and Sales: Tuesday planning',
  );
  expect(await form.getByTestId('schedule-time').inputValue()).toBe('10:00');
  expect(await form.getByTestId('schedule-weekday-2').isChecked()).toBe(true);
  await form.getByTestId('schedule-time').fill('11:00');
  expect(await blockingViolations(page)).toEqual([]);

  // Meanwhile the Sales head makes the meeting longer: the head's dialog is now stale.
  const longer = await stack.api.call<ViewDto>('PATCH', `/api/meetings/${meetingId}`, {
    token: await stack.tokenFor(DEMO.salesHead),
    headers: { 'if-match': made.body.etag },
    json: { durationMinutes: 90 },
  });
  expect(longer.status).toBe(200);
  const refused = await nextAnswer(page, 'PATCH', `/meetings/${meetingId}`, () =>
    head.byTestId('edit-meeting-submit').click(),
  );
  expect(refused.status).toBe(412);
  await head.byTestId('edit-meeting-conflict').waitFor({ state: 'visible' });
  // The typed time stays; the field the head did not touch now shows the Sales head's change.
  expect(await form.getByTestId('schedule-time').inputValue()).toBe('11:00');
  await eventually(async () =>
    expect(await form.getByTestId('schedule-duration').inputValue()).toBe('90'),
  );

  const moved = await nextAnswer<ViewDto>(page, 'PATCH', `/meetings/${meetingId}`, () =>
    head.byTestId('edit-meeting-submit').click(),
  );
  expect(moved.status).toBe(200);
  // Only the recurrence went out, so the Sales head's duration was not undone.
  expect(moved.sent).toEqual({ recurrence: { ...recurrence, localTime: '11:00' } });
  expect(moved.body.series.durationMinutes).toBe(90);
  expect(moved.body.calendar.state).toBe('pending');
  await form.waitFor({ state: 'hidden' });
  await eventually(async () =>
    expect(await row.locator(`time[datetime="${TUESDAY_ELEVEN}"]`).innerText()).toMatch(
      /Tue.*11:00.*Europe\/Moscow/,
    ),
  );
  // The answer said pending (above); whether the page still shows it depends on its 3 s poll.
  await eventually(async () => expect(await calendarState()).toBe('synced'));

  const movedFile = await downloadInviteText(page);
  expect(readInvite(movedFile.text)).toMatchObject({
    method: 'REQUEST',
    startZone: 'Europe/Moscow',
    localStart: '2026-03-10T11:00:00',
  });
  const movedVersion = readInviteVersion(movedFile.text);
  expect(movedVersion.uid).toBe(first.uid);
  expect(movedVersion.sequence).toBeGreaterThan(0);

  // Cancelling asks first, with an optional comment for the attendees.
  await head.byTestId('meeting-cancel-button').click();
  await head.byTestId('cancel-meeting-form').waitFor({ state: 'visible' });
  await head.byTestId('cancel-meeting-comment').fill(COMMENT);
  expect(await blockingViolations(page)).toEqual([]);
  const cancelled = await nextAnswer<ViewDto>(page, 'POST', `/meetings/${meetingId}/cancel`, () =>
    head.byTestId('cancel-meeting-submit').click(),
  );
  expect(cancelled.status).toBe(200);
  expect(cancelled.sent).toEqual({ comment: COMMENT });
  expect(cancelled.body.series.status).toBe('cancelled');
  await head.byTestId('cancel-meeting-form').waitFor({ state: 'hidden' });
  await row.getByTestId('meeting-cancelled-badge').waitFor({ state: 'visible' });
  await detail.getByTestId('meeting-cancelled-badge').waitFor({ state: 'visible' });
  // Nothing is left to change, propose or record on a cancelled series.
  for (const testId of ['meeting-edit-button', 'meeting-cancel-button', 'propose-button']) {
    expect(await head.byTestId(testId).count()).toBe(0);
  }
  await eventually(async () => expect(await calendarState()).toBe('synced'));
  expect(await row.getByTestId('meeting-calendar-state').innerText()).toBe(
    'Removed from calendars',
  );

  const cancelFile = await downloadInviteText(page);
  expect(readInvite(cancelFile.text).method).toBe('CANCEL');
  const cancelVersion = readInviteVersion(cancelFile.text);
  expect(cancelVersion).toEqual({
    uid: first.uid,
    sequence: expect.any(Number),
    status: 'CANCELLED',
  });
  expect(cancelVersion.sequence).toBeGreaterThan(movedVersion.sequence);

  // Read again from the API, the list still shows it cancelled.
  await page.reload();
  await head.byTestId('meetings-page').waitFor({ state: 'visible' });
  await row.getByTestId('meeting-cancelled-badge').waitFor({ state: 'visible' });
  expect(await row.getAttribute('data-status')).toBe('cancelled');
  await head.context.close();
});
