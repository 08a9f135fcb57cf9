/**
 * The meetings page as a head drives it: open it from the navigation, fill the schedule dialog,
 * read the agenda in screen order, save the invitation file, record minutes.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

/** The parts of the API's MeetingView the browser tests read. */
export interface ItemDto {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly order: number;
  readonly suggestedBecause?: readonly { code: string }[];
  readonly link?: { requestId?: string };
}
export interface ViewDto {
  readonly id: string;
  readonly etag: string;
  readonly series: {
    readonly status: string;
    readonly revision: number;
    readonly durationMinutes: number;
    readonly recurrence: { readonly localTime: string };
  };
  readonly calendar: { readonly state: string };
  readonly agenda: { occurrenceDate: string; items: ItemDto[] };
  readonly minutes: { occurrenceDate: string; createdRequestIds: string[] }[];
}

/** Ids of the accepted agenda items, in agenda order. */
export const acceptedIds = (view: ViewDto) =>
  view.agenda.items
    .filter((i) => i.status === 'accepted')
    .sort((a, b) => a.order - b.order)
    .map((i) => i.id);

export async function openMeetingsPage(page: Page): Promise<void> {
  await page.getByTestId('nav-meetings').click();
  await page.getByTestId('meetings-page').waitFor({ state: 'visible' });
}

/**
 * Opens a Fluent multiselect Dropdown, toggles the options by visible name, closes it. Fluent
 * renders a multiselect list as a menu of checkbox items, a single select as a listbox.
 */
export async function pickMany(page: Page, testId: string, names: readonly string[]) {
  await page.getByTestId(testId).click();
  const popup = page.getByRole('menu').or(page.getByRole('listbox'));
  await popup.waitFor({ state: 'visible' });
  for (const name of names) {
    const exact = { name, exact: true };
    await popup.getByRole('menuitemcheckbox', exact).or(popup.getByRole('option', exact)).click();
  }
  await page.keyboard.press('Escape');
  await popup.waitFor({ state: 'hidden' });
}

/** The ids of the rows of an agenda list, top to bottom on screen. */
export async function itemIds(list: Locator): Promise<string[]> {
  return list.getByTestId('agenda-item').evaluateAll((rows) =>
    rows
      .map((r) => ({
        id: r.getAttribute('data-item-id') ?? '',
        top: r.getBoundingClientRect().top,
      }))
      .sort((a, b) => a.top - b.top)
      .map((r) => r.id),
  );
}

export function agendaItem(page: Page, itemId: string): Locator {
  return page.locator(`[data-testid="agenda-item"][data-item-id="${itemId}"]`);
}

/** Clicks "Download invite" and returns the text of the file the browser saved. */
export async function downloadInviteText(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('invite-download').click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/**
 * Waits for the next API answer to `method path-suffix` and returns its status and JSON body,
 * and the JSON body the page sent (null without one).
 */
export async function nextAnswer<T>(
  page: Page,
  method: string,
  pathEnd: string | RegExp,
  act: () => Promise<void>,
): Promise<{ status: number; body: T; sent: unknown }> {
  const answered = page.waitForResponse((r) => {
    const path = new URL(r.url()).pathname;
    const matches = typeof pathEnd === 'string' ? path.endsWith(pathEnd) : pathEnd.test(path);
    return r.request().method() === method && matches;
  });
  await act();
  const response = await answered;
  const sent: unknown = response.request().postDataJSON();
  return { status: response.status(), body: (await response.json()) as T, sent };
}
