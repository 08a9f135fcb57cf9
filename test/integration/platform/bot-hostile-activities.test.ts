/**
 * The bot endpoint is open to anyone in local mode and to anyone with a token in Azure: no
 * single activity, however malformed, may take the stack down or get a 5xx. Each hostile
 * activity here is answered 4xx problem+json (or 2xx), and the stack serves normally afterwards.
 */
import { DEMO, DEMO_TENANT_ID } from '../../../functions/src/platform/local/demo-directory';
import { activity, installation, personalChatOf } from '../../fixtures/bot-activities';
import { type BotStack, startBotStack } from '../../fixtures/bot-stack';

let s: BotStack;
beforeAll(async () => {
  s = await startBotStack('2026-12-01T07:00:00Z');
});
afterAll(() => s.close());

const me = () => s.from(DEMO.salesHead, personalChatOf(DEMO.salesHead));
const message = (extra: Record<string, unknown>) =>
  activity('message', me(), { text: 'hello', ...extra });

async function postRaw(body: string) {
  const res = await fetch(`${s.stack.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    text: await res.text(),
  };
}

/** A 4xx must be problem+json; no answer may be a 5xx. */
function expectHandled(res: { status: number; type: string; text: string }) {
  expect(res.status).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.type).toContain('application/problem+json');
    expect(JSON.parse(res.text)).toMatchObject({ status: res.status });
  }
}

async function stillServes() {
  const health = await fetch(`${s.stack.url}/api/health`);
  expect(health.status).toBeLessThan(500);
  const before = s.connector.calls.length;
  const ok = await s.post(message({}));
  expect(ok.status).toBe(200);
  expect(s.connector.calls.length).toBe(before + 1);
}

const hostile: [string, () => unknown][] = [
  ['an ftp serviceUrl', () => message({ serviceUrl: 'ftp://x/' })],
  ['a non-string serviceUrl', () => message({ serviceUrl: 12 })],
  ['an object serviceUrl', () => message({ serviceUrl: { href: 'http://127.0.0.1/' } })],
  ['a serviceUrl that is no URL', () => message({ serviceUrl: 'not a url' })],
  ['a serviceUrl off this machine', () => message({ serviceUrl: 'https://evil.example/' })],
  ['an unknown type', () => ({ ...message({}), type: 'explode' })],
  ['no type', () => ({ ...message({}), type: undefined })],
  ['a non-string type', () => ({ ...message({}), type: ['message'] })],
  ['no conversation', () => ({ ...message({}), conversation: 'x' })],
  ['a null from', () => ({ ...message({}), from: null })],
];

describe('hostile activities', () => {
  it.each(hostile)('answers %s with 400 problem+json and keeps serving', async (_name, make) => {
    const res = await postRaw(JSON.stringify(make()));
    expectHandled(res);
    expect(res.status).toBe(400);
    await stillServes();
  });

  it('answers an undeliverable reply (nothing listening) without a 5xx, and logs it', async () => {
    const errorsBefore = s.botErrors.length;
    const res = await postRaw(JSON.stringify(message({ serviceUrl: 'http://127.0.0.1:9/' })));
    expectHandled(res);
    expect(s.botErrors.slice(errorsBefore).join('\n')).toContain('A message failed');
    await stillServes();
  });

  it('answers bodies that are not an activity object with 4xx problem+json', async () => {
    for (const body of ['null', '[]', '"x"', '12', '{', '', '{"type":"message"}']) {
      const res = await postRaw(body);
      expectHandled(res);
      expect(res.status).toBeGreaterThanOrEqual(400);
    }
    await stillServes();
  });

  it('answers a huge body 4xx problem+json', async () => {
    const res = await postRaw(JSON.stringify(message({ text: 'x'.repeat(2 * 1024 * 1024) })));
    expectHandled(res);
    expect(res.status).toBeGreaterThanOrEqual(400);
    await stillServes();
  });

  it('does not remember a chat from an installationUpdate with a foreign serviceUrl', async () => {
    const from = { ...me(), serviceUrl: 'https://evil.example/' };
    const res = await postRaw(JSON.stringify(installation(from, 'add')));
    expectHandled(res);
    const stored = await s.bot.conversations.personalChat(DEMO_TENANT_ID, DEMO.salesHead);
    expect(stored?.serviceUrl ?? '').not.toContain('evil.example');
  });
});
