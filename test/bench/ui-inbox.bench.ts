/**
 * The tab's front-end figures: the gzipped JavaScript its page loads initially, and the time
 * from navigation to a rendered inbox of 1 000 requests next to the same page with an empty
 * inbox, in headless Chromium (median of several loads, each in a fresh context). The same
 * person and page are measured before and after the 1 000 requests are raised, so the only
 * difference is the data. ui-inbox.md defines "rendered" and every figure.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { Benchmark, BenchOutcome, Figure } from './bench-types';
import { median } from './timing';
import { launchBenchChromium } from './ui-browser';
import { type InboxRender, scrollToEnd, timeInbox } from './ui-inbox-render';
import { initialJsSize, totalJsSize } from './ui-initial-js';
import { type UiStack, demoPeople, startUiStack } from './ui-stack';
import { countBox, raiseRequests } from './ui-seed';

const DIST = path.resolve(__dirname, '../../../addin/dist');
const REQUESTS = 1000;
const TIMED_LOADS = 7;
/** The department whose inbox the demo tenant leaves empty. */
const DEPARTMENT = 'management';

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function medianLoad(browser: Browser, url: string): Promise<InboxRender[]> {
  await timeInbox(browser, url); // warm-up: server caches, JIT, disk cache of the build
  const loads: InboxRender[] = [];
  for (let i = 0; i < TIMED_LOADS; i++) loads.push(await timeInbox(browser, url));
  return loads;
}

async function measure(stack: UiStack, browser: Browser, failures: string[]): Promise<Figure[]> {
  const people = await demoPeople(stack);
  const viewer = people.find((p) => p.departmentId === DEPARTMENT);
  const requester = people.find((p) => p.departmentId === 'sales');
  if (!viewer || !requester) throw new Error('the demo tenant lacks a Management or Sales person');
  const url = `${stack.url}/?as=${viewer.id}&lang=en&theme=default`;

  const empty = await medianLoad(browser, url);
  if (!empty.every((l) => l.empty && l.loaded === 0)) {
    failures.push(`the inbox of ${DEPARTMENT} was not empty: ${JSON.stringify(empty[0])}`);
  }
  await raiseRequests(stack, requester.id, DEPARTMENT, REQUESTS);
  const listed = await countBox(stack, viewer.id, 'inbox');
  if (listed !== REQUESTS) failures.push(`the API lists ${listed} requests, not ${REQUESTS}`);
  const full = await medianLoad(browser, url);
  if (!full.every((l) => l.loaded > 0 && l.domRows > 0 && !l.empty)) {
    failures.push(`the inbox of ${REQUESTS} showed no rows: ${JSON.stringify(full[0])}`);
  }
  let allPagesMs = Number.NaN;
  let domRowsAtEnd = Number.NaN;
  await timeInbox(browser, url, async (page) => {
    allPagesMs = await scrollToEnd(page, REQUESTS);
    domRowsAtEnd = await page.getByTestId('request-row').count();
  });
  const emptyMs = median(empty.map((l) => l.ms));
  const fullMs = median(full.map((l) => l.ms));
  return [
    { name: 'ui.inbox_empty_ms', value: round(emptyMs), unit: 'ms' },
    { name: 'ui.inbox_1000_ms', value: round(fullMs), unit: 'ms' },
    { name: 'ui.inbox_ratio', value: Math.round((fullMs / emptyMs) * 100) / 100, unit: 'x' },
    { name: 'ui.inbox_1000_first_rows_loaded', value: full[0]?.loaded ?? 0, unit: 'count' },
    { name: 'ui.inbox_1000_scroll_to_end_ms', value: round(allPagesMs), unit: 'ms' },
    { name: 'ui.inbox_1000_dom_rows_at_end', value: domRowsAtEnd, unit: 'count' },
  ];
}

export const benchmark: Benchmark = {
  name: 'ui',
  description: `initial JS (gzip) and inbox of ${REQUESTS} vs empty in headless Chromium`,
  goals: [
    { figure: 'ui.initial_js_gzip_kb', op: '<=', target: 200 },
    { figure: 'ui.inbox_ratio', op: '<=', target: 1.5 },
  ],
  async run(): Promise<BenchOutcome> {
    const initial = initialJsSize(DIST);
    const figures: Figure[] = [
      { name: 'ui.initial_js_gzip_kb', value: kb(initial.gzipBytes), unit: 'KiB' },
      { name: 'ui.initial_js_files', value: initial.files.length, unit: 'count' },
      { name: 'ui.total_js_gzip_kb', value: kb(totalJsSize(DIST).gzipBytes), unit: 'KiB' },
    ];
    const failures: string[] = [];
    const stack = await startUiStack();
    try {
      const browser = await launchBenchChromium();
      try {
        figures.push(...(await measure(stack, browser, failures)));
      } finally {
        await browser.close();
      }
    } finally {
      await stack.close();
    }
    return { figures, failures };
  },
};
