/**
 * A person's browser window on the tab: its own context (cookies, session storage), signed in
 * standalone with `?as=`, the page clock starting at the server's test clock so both agree on
 * "now", and every API call the page makes recorded for "sent nothing" assertions.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { TabStack } from './tab-stack';

export interface TabOptions {
  readonly theme?: 'default' | 'dark' | 'contrast';
  readonly lang?: 'en' | 'ru';
  /** `picker`: sign in as a newcomer does, by clicking the person in the sign-in picker. */
  readonly signIn?: 'query' | 'picker';
}

export interface ApiCall {
  readonly method: string;
  /** Path and query, e.g. `/api/requests?box=inbox`. */
  readonly path: string;
}

export interface TabSession {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly apiCalls: ApiCall[];
  byTestId(testId: string): Locator;
}

export async function openTab(
  browser: Browser,
  stack: TabStack,
  personId: string,
  options: TabOptions = {},
): Promise<TabSession> {
  const lang = options.lang ?? 'en';
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: lang === 'ru' ? 'ru-RU' : 'en-GB',
    timezoneId: 'Europe/Moscow',
  });
  // Fail in 20 s (room for a busy 2-core machine), not playwright's 30 s: a missing element
  // should not eat the jest timeout.
  context.setDefaultTimeout(20_000);
  await context.clock.install({ time: stack.clock.now() });
  const page = await context.newPage();
  const apiCalls: ApiCall[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.pathname.startsWith('/api/')) {
      apiCalls.push({ method: req.method(), path: url.pathname + url.search });
    }
  });
  const query = new URLSearchParams({ lang, theme: options.theme ?? 'default' });
  if (options.signIn === 'picker') {
    await page.goto(`${stack.stack.url}/?${query.toString()}`);
    await page.getByTestId('signin-picker').waitFor({ state: 'visible' });
    await page.getByTestId(`signin-person-${personId}`).click();
  } else {
    query.set('as', personId);
    await page.goto(`${stack.stack.url}/?${query.toString()}`);
  }
  await page.getByTestId('me-name').waitFor({ state: 'visible' });
  return { context, page, apiCalls, byTestId: (id) => page.getByTestId(id) };
}

/** Picks an option by its visible label in a native select or a Fluent Dropdown / Combobox. */
export async function choose(page: Page, testId: string, label: string): Promise<void> {
  const field = page.getByTestId(testId);
  const tag = await field.evaluate((el) => el.tagName);
  const nested = field.locator('select');
  if (tag === 'SELECT') {
    await field.selectOption({ label });
  } else if ((await nested.count()) === 1) {
    await nested.selectOption({ label });
  } else {
    await field.click();
    await page.getByRole('option', { name: label, exact: true }).click();
  }
}

/** The `data-request-id` of every rendered row, top to bottom on screen (not DOM order). */
export async function rowIds(page: Page): Promise<string[]> {
  return page.getByTestId('request-row').evaluateAll((rows) =>
    rows
      .map((r) => ({
        id: r.getAttribute('data-request-id') ?? '',
        top: r.getBoundingClientRect().top,
      }))
      .sort((a, b) => a.top - b.top)
      .map((r) => r.id),
  );
}

/** The row of one request (rendered rows only: the list is virtualised). */
export function rowOf(page: Page, requestId: string): Locator {
  return page.locator(`[data-testid="request-row"][data-request-id="${requestId}"]`);
}
