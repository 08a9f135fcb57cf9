/**
 * The inbox in the Teams themes and in Russian, kept as screenshots in test/artifacts/, and an
 * axe-core scan of the inbox, the detail panel and the new-request form.
 */
import type { Browser } from 'playwright-core';
import { DEMO } from '../../../functions/src/platform/local/demo-directory';
import { artifactPath } from '../artifacts';
import { blockingViolations } from '../axe-scan';
import { type BrowserSuite, startBrowserSuite } from '../browser-suite';
import { openDetail } from '../requests/detail-panel';
import { type TabOptions, type TabSession, openTab, rowIds } from '../tab-page';
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

async function inbox(options: TabOptions): Promise<TabSession> {
  const s = await openTab(browser, stack, DEMO.marketer, options);
  await s.byTestId('box-inbox').click();
  await s.byTestId('request-row').first().waitFor({ state: 'visible' });
  return s;
}

/** The colour behind the list: the nearest ancestor that paints a background. */
const listBackground = (s: TabSession) =>
  s.byTestId('request-list').evaluate((list) => {
    // Runs in the page; the root tsconfig has no DOM lib, hence the minimal shapes.
    interface Box {
      readonly parentElement: Box | null;
    }
    const page = globalThis as unknown as {
      getComputedStyle(e: Box): { backgroundColor: string };
      document: { body: Box };
    };
    for (let e: Box | null = list; e; e = e.parentElement) {
      const bg = page.getComputedStyle(e).backgroundColor;
      if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
    }
    return page.getComputedStyle(page.document.body).backgroundColor;
  });

/** Relative luminance 0 (black) … 1 (white) of an `rgb(r, g, b)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number) as [number, number, number];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

const renders = [
  ['inbox-default.png', { theme: 'default', lang: 'en' }],
  ['inbox-dark.png', { theme: 'dark', lang: 'en' }],
  ['inbox-contrast.png', { theme: 'contrast', lang: 'en' }],
  ['inbox-ru.png', { theme: 'default', lang: 'ru' }],
] as const;

it('renders the inbox in the default, dark and contrast themes and in Russian', async () => {
  const backgrounds: Record<string, string> = {};
  for (const [file, options] of renders) {
    const s = await inbox(options);
    await s.page.screenshot({ path: artifactPath(file), fullPage: true });
    backgrounds[file] = await listBackground(s);
    if (options.lang === 'ru') {
      const labels = await Promise.all(
        ['box-inbox', 'box-outbox', 'new-request-button'].map((id) => s.byTestId(id).innerText()),
      );
      for (const label of labels) expect(label).toMatch(/[А-Яа-яЁё]/);
      expect(labels).toEqual([
        expect.stringContaining('Входящие'),
        expect.stringContaining('Исходящие'),
        expect.stringContaining('Новый запрос'),
      ]);
    }
    expect({ file, violations: await blockingViolations(s.page) }).toEqual({
      file,
      violations: [],
    });
    await s.context.close();
  }
  const { 'inbox-default.png': light, 'inbox-dark.png': dark } = backgrounds;
  const contrast = backgrounds['inbox-contrast.png'];
  expect(new Set([light, dark, contrast]).size).toBe(3);
  expect(luminance(light!)).toBeGreaterThan(0.8);
  expect(luminance(dark!)).toBeLessThan(0.25);
  expect(luminance(contrast!)).toBeLessThan(0.1);
  expect(backgrounds['inbox-ru.png']).toBe(light);
});

it('finds no serious or critical accessibility violations in the detail panel and the form', async () => {
  const s = await inbox({ theme: 'default', lang: 'en' });
  const [first] = await rowIds(s.page);
  await openDetail(s.page, first!);
  expect({ view: 'detail', violations: await blockingViolations(s.page) }).toEqual({
    view: 'detail',
    violations: [],
  });
  await s.page.keyboard.press('Escape');
  await s.byTestId('new-request-button').click();
  await s.byTestId('new-request-form').waitFor({ state: 'visible' });
  expect({ view: 'form', violations: await blockingViolations(s.page) }).toEqual({
    view: 'form',
    violations: [],
  });
  await s.context.close();
});
