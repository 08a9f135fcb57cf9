/**
 * The card preview and the approvals page as people drive them: open a page from the
 * navigation, find the card about a request or an approval, press its buttons, fill the
 * new-approval form, decide in the approval's detail panel.
 */
import type { Locator, Page } from 'playwright-core';
import { choose } from '../tab-page';

export async function openCardPreview(page: Page): Promise<void> {
  await page.getByTestId('nav-cards').click();
  await page.locator('[data-testid="card-preview-page"][data-state="ready"]').waitFor();
}

export async function openApprovals(page: Page): Promise<void> {
  await page.getByTestId('nav-approvals').click();
  await page.getByTestId('approval-list').waitFor({ state: 'visible' });
}

/** The rendered card about a request or an approval (an SLA alert would be another card). */
export function previewCard(page: Page, kind: 'request' | 'approval', subjectId: string): Locator {
  return page.locator(
    `[data-testid="preview-card"][data-kind="${kind}"][data-subject-id="${subjectId}"]`,
  );
}

/** A button the renderer drew on the card, by its title (an Action.OpenUrl is a link). */
export function cardButton(card: Locator, title: string): Locator {
  const body = card.getByTestId('preview-card-body');
  const name = { name: title, exact: true };
  return body.getByRole('button', name).or(body.getByRole('link', name));
}

/** Presses a card button that goes to the bot and waits for the bot's answer. */
export async function pressAndWait(page: Page, button: Locator): Promise<unknown> {
  const answered = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/cards/action',
  );
  await button.click();
  const response = await answered;
  if (response.status() !== 200) {
    throw new Error(`card action answered ${response.status()}: ${await response.text()}`);
  }
  return response.json();
}

export interface NewApprovalInput {
  readonly title: string;
  readonly description: string;
  readonly amount: string;
  /** Labels of the approver list, in the order they decide. */
  readonly approvers: readonly string[];
  /** `datetime-local` value in the requester's zone. */
  readonly due: string;
}

/** Fills and sends the form; returns the id of the approval the API created. */
export async function askForApproval(page: Page, input: NewApprovalInput): Promise<string> {
  await page.getByTestId('new-approval-button').click();
  await page.getByTestId('new-approval-form').waitFor({ state: 'visible' });
  await page.getByTestId('new-approval-title').fill(input.title);
  await page.getByTestId('new-approval-description').fill(input.description);
  await page.getByTestId('new-approval-amount').fill(input.amount);
  for (const label of input.approvers) await choose(page, 'new-approval-approver-add', label);
  await page.getByTestId('new-approval-due').fill(input.due);
  const created = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/approvals',
  );
  await page.getByTestId('new-approval-submit').click();
  const response = await created;
  if (response.status() !== 201) {
    throw new Error(`create answered ${response.status()}: ${await response.text()}`);
  }
  await page.getByTestId('new-approval-form').waitFor({ state: 'hidden' });
  return ((await response.json()) as { id: string }).id;
}

/** `data-state` of each approver in the open detail panel, in their order. */
export async function approverStates(page: Page): Promise<string[]> {
  return page
    .getByTestId('approval-approver')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state') ?? ''));
}

export async function openApprovalRow(page: Page, approvalId: string): Promise<void> {
  await page.locator(`[data-testid="approval-row"][data-approval-id="${approvalId}"]`).click();
  await page.getByTestId('approval-detail').waitFor({ state: 'visible' });
}
