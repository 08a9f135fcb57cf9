/**
 * Bad input in the new-request form is caught in the browser by the same rules as the server:
 * the field says what is wrong and nothing is sent.
 */
import type { Browser } from 'playwright-core';
import { DEMO } from '../../../functions/src/platform/local/demo-directory';
import { type BrowserSuite, startBrowserSuite } from '../browser-suite';
import { eventually } from '../eventually';
import { fillNewRequest, submitNewRequest } from './new-request-form';
import { type TabSession, openTab } from '../tab-page';
import type { TabStack } from '../tab-stack';

let suite: BrowserSuite;
let stack: TabStack;
let browser: Browser;
let rep: TabSession;

beforeAll(async () => {
  suite = await startBrowserSuite();
  ({ stack, browser } = suite);
  // Signed in through the picker: every case reloads the page, which must keep the session.
  rep = await openTab(browser, stack, DEMO.murmanskRep, { signIn: 'picker' });
});
afterAll(async () => {
  await suite?.close();
});

const creates = () =>
  rep.apiCalls.filter((c) => c.method === 'POST' && c.path.split('?')[0] === '/api/requests');
const outboxSize = async () =>
  (await stack.requests.listAll(DEMO.murmanskRep, 'box=outbox')).length;

async function openFilledForm(title: string, description: string): Promise<void> {
  await rep.page.reload();
  expect(await rep.byTestId('me-name').innerText()).toBe('Ivan Kuznetsov');
  await fillNewRequest(rep.page, { department: 'Marketing', type: 'Question', title, description });
}

it.each([
  ['an empty title', '', 'Any text.', 'title'],
  ['a title of 201 characters', 'T'.repeat(201), 'Any text.', 'title'],
  ['a description of 4001 characters', 'Fine title', 'D'.repeat(4001), 'description'],
])('%s shows a field error and sends nothing', async (_case, title, description, field) => {
  const before = await outboxSize();
  await openFilledForm(title, description);
  // The browser must not have cut the text short: the rule is checked, not hidden.
  expect(await rep.byTestId(`new-request-${field}`).inputValue()).toHaveLength(
    field === 'title' ? title.length : description.length,
  );
  await rep.byTestId('new-request-submit').click();
  await eventually(async () => {
    expect(await rep.byTestId(`field-error-${field}`).innerText()).not.toBe('');
  });
  expect(await rep.byTestId('new-request-form').isVisible()).toBe(true);
  expect(creates()).toEqual([]);
  expect(await outboxSize()).toBe(before);
});

it('a valid form is sent once, which shows the checks above could see a request', async () => {
  const before = await outboxSize();
  await openFilledForm('Fine title', 'Fine text.');
  await submitNewRequest(rep.page);
  expect(creates()).toHaveLength(1);
  expect(await outboxSize()).toBe(before + 1);
});
