/**
 * Makes docs/images/meeting-agenda.png: the Marketing head's meetings page with the planning
 * meeting with Sales open — on the calendar, next Tuesday 10:00 Moscow, two agenda items in the
 * head's order, the demo data's suggestions with their reasons, the time-box warning. 1280 wide,
 * as tall as the page; light theme, English; the stack and the browser run at one fixed instant,
 * so the picture changes only when the page does. It uses the built product:
 *
 *   npm run build && npx tsc -b scripts && node scripts/dist/meetings-screenshot.js
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { loadConfig } from '@tandem/functions/dist/config';
import { DEMO } from '@tandem/functions/dist/platform/local/demo-directory';
import { startLocalStack } from '@tandem/functions/dist/platform/local/local-stack';

/** Tuesday 3 March 2026, 11:30 in Moscow: a week before the first meeting, in business hours. */
const AT = Date.parse('2026-03-03T08:30:00Z');
const OUT = path.resolve(__dirname, '../../docs/images/meeting-agenda.png');
const CHROMIUM = '/usr/bin/chromium';
/** An at-risk suggestion from the demo data; the breached, at-risk and long-open ones stay. */
const ACCEPTED_SUGGESTION = 'Which key clients get New Year gifts?';
const PROPOSAL = 'Spring promotion: shelf space and the catalogue budget';

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'tandem-screenshot-'));
  const config = loadConfig({ PORT: '0', COSMOS_LOCAL_PORT: '0', TANDEM_DATA_DIR: dataDir });
  if (config.mode !== 'local') throw new Error('The screenshot needs the local mode.');
  const clock = { now: () => AT };
  const stack = await startLocalStack({ config, seed: true, quiet: true, clock, bot: false });
  try {
    const meetingId = await planMeeting(makeApi(stack.url));
    // The invitation as the outbox timer sends it; the page then shows it on the calendar.
    await stack.app.meetings.idle();
    await stack.app.meetings.processor.processDue();
    await shoot(stack.url, meetingId);
    console.log(`Wrote ${path.relative(process.cwd(), OUT)}`);
  } finally {
    await stack.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * The meeting as the e2e builds it through the API: the head schedules it, the Sales head
 * proposes an item, the head accepts it and a suggestion and puts the proposal first. The
 * proposal's 30 minutes plus the suggestion's 5 overrun the 30-minute meeting.
 */
async function planMeeting(as: Api): Promise<string> {
  const head = as(DEMO.marketingHead);
  const { id } = await head('POST', '/api/meetings', {
    title: 'Marketing and Sales: weekly planning',
    departmentIds: ['marketing', 'sales'],
    requiredAttendeeIds: [DEMO.salesHead],
    optionalAttendeeIds: [DEMO.marketer],
    recurrence: {
      weekdays: [2],
      interval: 1,
      localTime: '10:00',
      timeZone: 'Europe/Moscow',
      startDate: '2026-03-10',
    },
    durationMinutes: 30,
  });
  const base = `/api/meetings/${id}`;
  const { agenda } = await as(DEMO.salesHead)('POST', `${base}/items`, {
    title: PROPOSAL,
    ownerId: DEMO.salesHead,
    timeBoxMinutes: 30,
    kind: 'promotion-planning',
  });
  const [proposal, suggestion] = [PROPOSAL, ACCEPTED_SUGGESTION].map((title) => {
    const item = agenda.items.find((i) => i.title === title);
    if (!item) throw new Error(`No agenda item “${title}” in the meeting.`);
    return item.id;
  }) as [string, string];
  await head('POST', `${base}/items/${suggestion}/accept`);
  await head('POST', `${base}/items/${proposal}/accept`);
  await head('PUT', `${base}/order`, { itemIds: [proposal, suggestion] });
  return id;
}

async function shoot(base: string, meetingId: string): Promise<void> {
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
    await page.goto(`${base}/?as=${DEMO.marketingHead}&lang=en&theme=default#/meetings`);
    await page
      .locator(`[data-testid="meeting-row"][data-meeting-id="${meetingId}"] button`)
      .click();
    const detail = page.locator(`[data-testid="meeting-detail"][data-meeting-id="${meetingId}"]`);
    await detail.locator('[data-testid="meeting-calendar-state"][data-state="synced"]').waitFor();
    await detail.locator('[data-testid="agenda-warning"]').waitFor();
    // The request links read their titles after the page has drawn; wait until all have one.
    await page.waitForFunction(
      `[...document.querySelectorAll('[data-testid="agenda-item-link"]')]
        .every((a) => a.textContent !== 'Open the request')`,
    );
    await page.evaluate('document.fonts.ready');
    const unwanted = '.fui-Spinner, [data-testid$="-error"], [data-testid="meeting-conflict"]';
    if ((await page.locator(unwanted).count()) > 0)
      throw new Error('The page shows a spinner or an error.');
    // The page scrolls inside its frame, and the agenda with its suggestions is taller than
    // 800 px: the picture grows by what is hidden, so nothing is cut off.
    const hidden = await page.evaluate<number>(
      `(({ scrollHeight, clientHeight }) => scrollHeight - clientHeight)(
        document.querySelector('[data-testid="meetings-page"]').parentElement)`,
    );
    await page.setViewportSize({ width: 1280, height: 800 + hidden });
    await page.screenshot({ path: OUT });
  } finally {
    await browser.close();
  }
}

/** The parts of the API's MeetingView this script reads. */
interface MeetingDto {
  readonly id: string;
  readonly agenda: { readonly items: readonly { id: string; title: string }[] };
}
type Send = (method: string, apiPath: string, body?: object) => Promise<MeetingDto>;
type Api = (personId: string) => Send;

/**
 * Calls the API as a person, with a token of the local issuer. Each write sends as If-Match the
 * ETag of the last answer, since every call here is about the one meeting.
 */
function makeApi(base: string): Api {
  let etag: string | null = null;
  return (personId) => async (method, apiPath, body) => {
    const issued = await fetch(`${base}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: personId }),
    });
    const { token } = (await issued.json()) as { token: string };
    const res = await fetch(`${base}${apiPath}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(etag ? { 'if-match': etag } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!res.ok) throw new Error(`${method} ${apiPath}: ${res.status} ${await res.text()}`);
    etag = res.headers.get('etag') ?? etag;
    return (await res.json()) as MeetingDto;
  };
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
