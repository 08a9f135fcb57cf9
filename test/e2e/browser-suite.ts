/**
 * What every browser-test file starts: one local stack and one Chromium, in parallel. If either
 * fails to start, the other is closed before the error surfaces, so jest can exit.
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { type TabStack, startTabStack } from './tab-stack';

export interface BrowserSuite {
  readonly stack: TabStack;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function startBrowserSuite(): Promise<BrowserSuite> {
  const [stack, browser] = await Promise.allSettled([startTabStack(), launchChromium()]);
  if (stack.status === 'rejected' || browser.status === 'rejected') {
    if (stack.status === 'fulfilled') await stack.value.close();
    if (browser.status === 'fulfilled') await browser.value.close();
    throw stack.status === 'rejected' ? stack.reason : (browser as PromiseRejectedResult).reason;
  }
  return {
    stack: stack.value,
    browser: browser.value,
    async close() {
      await browser.value.close();
      await stack.value.close();
    },
  };
}
