/**
 * Makes docs/images/card-preview.png: the card preview as the Marketing head sees it (a budget
 * waiting for her decision, a new field report to Marketing and the demo tenant's requests),
 * 1280×800, light theme, English. The local stack, the browser and the page all run at one fixed instant, so the
 * picture changes only when the cards or the tab change. It uses the built product:
 *
 *   npm run build && npx tsc -b scripts && node scripts/dist/card-preview-screenshot.js
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { loadConfig } from '@tandem/functions/dist/config';
import { DEMO } from '@tandem/functions/dist/platform/local/demo-directory';
import { startLocalStack } from '@tandem/functions/dist/platform/local/local-stack';

/** Tuesday 3 March 2026, 11:30 in Moscow: business hours in every demo calendar. */
const AT = Date.parse('2026-03-03T08:30:00Z');
const OUT = path.resolve(__dirname, '../../docs/images/card-preview.png');
const CHROMIUM = '/usr/bin/chromium';

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'tandem-screenshot-'));
  const config = loadConfig({ PORT: '0', COSMOS_LOCAL_PORT: '0', TANDEM_DATA_DIR: dataDir });
  if (config.mode !== 'local') throw new Error('The screenshot needs the local mode.');
  const stack = await startLocalStack({
    config,
    seed: true,
    quiet: true,
    clock: { now: () => AT },
  });
  try {
    // Newest first among the requests: a field report to Marketing, with its buttons.
    await post(stack.url, DEMO.murmanskRep, '/api/requests', {
      toDepartmentId: 'marketing',
      typeId: 'ad-defect',
      priority: 'high',
      title: 'Two letters of the sign on Lenin Avenue are unlit',
      description: 'The “TANDEM” sign above the Murmansk store reads “TA DE” after dark.',
    });
    await post(stack.url, DEMO.marketer, '/api/approvals', {
      kind: 'campaign-budget',
      title: 'Spring catalogue print run',
      description: '20 000 copies for the branches, delivered by 1 April.',
      amount: { value: 480000, currency: 'RUB' },
      mode: 'sequential',
      approvers: [{ personId: DEMO.marketingHead }, { personId: DEMO.financeHead }],
      dueAt: '2026-03-06T15:00:00Z',
    });
    await shoot(`${stack.url}/?as=${DEMO.marketingHead}&theme=default&lang=en#/cards`);
    console.log(`Wrote ${path.relative(process.cwd(), OUT)}`);
  } finally {
    await stack.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** A write through the API as the person makes it, with a token of the local issuer. */
async function post(base: string, personId: string, apiPath: string, body: object): Promise<void> {
  const res = await fetch(`${base}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: personId }),
  });
  const { token } = (await res.json()) as { token: string };
  const written = await fetch(`${base}${apiPath}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (written.status !== 201)
    throw new Error(`${apiPath}: ${written.status} ${await written.text()}`);
}

async function shoot(url: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
      timezoneId: 'Europe/Moscow',
    });
    await context.clock.install({ time: AT });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('[data-testid="card-preview-page"][data-state="ready"]').waitFor();
    await page.locator('.ac-adaptiveCard').first().waitFor();
    // The root tsconfig has no DOM lib: the page's document is described as far as it is used.
    await page.evaluate(
      () =>
        (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document
          .fonts.ready,
    );
    await page.screenshot({ path: OUT });
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
