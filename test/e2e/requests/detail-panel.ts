/**
 * The request detail panel as a user drives it: open a row, read the status and the action
 * buttons, and run one action through its form.
 */
import type { Page } from 'playwright-core';
import { eventually } from '../eventually';
import { rowOf } from '../tab-page';

export async function openDetail(page: Page, requestId: string): Promise<void> {
  await rowOf(page, requestId).click();
  await page.getByTestId('request-detail').waitFor({ state: 'visible' });
}

/** The actions offered as buttons, e.g. ['acknowledge', 'answer'], sorted. */
export async function offeredActions(page: Page): Promise<string[]> {
  const ids = await page
    .getByTestId('request-detail')
    .locator('[data-testid^="action-"]')
    .evaluateAll((els) =>
      els.filter((el) => el.tagName === 'BUTTON').map((el) => el.getAttribute('data-testid') ?? ''),
    );
  const forms = new Set(['action-submit', 'action-cancel-form']);
  return ids
    .filter((id) => !forms.has(id))
    .map((id) => id.slice('action-'.length))
    .sort();
}

/** Opens an action's form, types the text if given, submits; resolves when the form closed. */
export async function runAction(page: Page, action: string, text?: string): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  const form = page.getByTestId('action-form');
  await form.waitFor({ state: 'visible' });
  if (text !== undefined) await page.getByTestId('action-text').fill(text);
  await page.getByTestId('action-submit').click();
  await form.waitFor({ state: 'hidden' });
}

export async function expectDetailStatus(page: Page, status: RegExp): Promise<void> {
  await eventually(async () => {
    expect(await page.getByTestId('detail-status').innerText()).toMatch(status);
  });
}
