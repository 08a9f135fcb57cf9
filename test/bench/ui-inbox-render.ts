/**
 * One timed page load of the inbox. "Rendered" means: the list reports its first answer
 * (`request-list` with `data-state="ready"`) and shows its first rows or the empty-box message;
 * the instant is taken at the next animation frame after that DOM change, on the page's own
 * clock, whose zero is the start of the navigation. Every load uses a fresh browser context, so
 * each one downloads and compiles the tab as a first visit does.
 */
import type { Browser, Page } from 'playwright-core';

export interface InboxRender {
  /** Navigation start to first rows (or the empty message) painted, in ms. */
  readonly ms: number;
  /** `data-count` of the list: the rows loaded so far. */
  readonly loaded: number;
  readonly hasMore: boolean;
  readonly empty: boolean;
  /** `request-row` elements in the DOM (the list is virtualised). */
  readonly domRows: number;
}

// Plain JavaScript: it runs in the page before the tab's own scripts.
const WATCH_RENDER = `(() => {
  const rendered = () => {
    const list = document.querySelector('[data-testid="request-list"]');
    return !!list && list.getAttribute('data-state') === 'ready' &&
      !!list.querySelector('[data-testid="request-row"], [data-testid="list-empty"]');
  };
  const observer = new MutationObserver(() => {
    if (!rendered()) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__inboxRenderedAt = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

export async function readList(page: Page): Promise<Omit<InboxRender, 'ms'>> {
  const list = page.getByTestId('request-list');
  return {
    loaded: Number(await list.getAttribute('data-count')),
    hasMore: (await list.getAttribute('data-has-more')) === 'true',
    empty: (await page.getByTestId('list-empty').count()) > 0,
    domRows: await page.getByTestId('request-row').count(),
  };
}

/** Loads the tab signed in as the person and times the inbox; `inspect` may use the page after. */
export async function timeInbox(
  browser: Browser,
  url: string,
  inspect?: (page: Page) => Promise<void>,
): Promise<InboxRender> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript({ content: WATCH_RENDER });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const at = await page.waitForFunction(
      () => (globalThis as { __inboxRenderedAt?: number }).__inboxRenderedAt,
      undefined,
      { timeout: 60_000 },
    );
    const ms = Number(await at.jsonValue());
    const seen = await readList(page);
    if (inspect) await inspect(page);
    return { ms, ...seen };
  } finally {
    await context.close();
  }
}

/** Scrolls the list to its end until no page is left; returns the time it took in ms. */
export async function scrollToEnd(page: Page, expected: number): Promise<number> {
  const t0 = performance.now();
  const list = page.getByTestId('request-list');
  for (let i = 0; i < 1000; i++) {
    const { loaded, hasMore } = await readList(page);
    if (!hasMore && loaded >= expected) return performance.now() - t0;
    await list.evaluate((el) => {
      const box = el as unknown as { scrollTop: number; scrollHeight: number };
      box.scrollTop = box.scrollHeight;
    });
    await page.waitForTimeout(20);
  }
  throw new Error(`the list never loaded ${expected} rows`);
}
