/** The new-request form as a user fills it: open it, pick the options by label, type the text. */
import type { Page } from 'playwright-core';
import { choose } from '../tab-page';

export interface FormInput {
  readonly department: string;
  readonly type: string;
  /** Left at the form's default when absent. */
  readonly priority?: string;
  readonly title: string;
  readonly description: string;
}

export async function fillNewRequest(page: Page, input: FormInput): Promise<void> {
  await page.getByTestId('new-request-button').click();
  await page.getByTestId('new-request-form').waitFor({ state: 'visible' });
  await choose(page, 'new-request-department', input.department);
  await choose(page, 'new-request-type', input.type);
  if (input.priority !== undefined) await choose(page, 'new-request-priority', input.priority);
  await page.getByTestId('new-request-title').fill(input.title);
  await page.getByTestId('new-request-description').fill(input.description);
}

/** Submits and returns the id of the created request from the API's answer. */
export async function submitNewRequest(page: Page): Promise<string> {
  const created = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/requests',
  );
  await page.getByTestId('new-request-submit').click();
  const response = await created;
  if (response.status() !== 201) {
    throw new Error(`create answered ${response.status()}: ${await response.text()}`);
  }
  await page.getByTestId('new-request-form').waitFor({ state: 'hidden' });
  return ((await response.json()) as { id: string }).id;
}
