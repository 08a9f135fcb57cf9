/**
 * A `continuation` is an opaque token Tandem hands out with a page and checks when it comes
 * back: whatever a client sends instead (a number, JSON, garbage, non-ASCII, a forged token of
 * the right shape) is a 400 problem+json naming `continuation`, never a Cosmos DB error as 500.
 */
import { errorPaths, expectProblem } from '../../fixtures/api-client';
import { type ApprovalsStack, DEMO, startApprovalsStack } from '../../fixtures/approvals-stack';

let s: ApprovalsStack;
beforeAll(async () => {
  s = await startApprovalsStack('2026-12-07T06:00:00Z');
});
afterAll(() => s.close());

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const malformed = [
  '123',
  '[1]',
  '{"x":1}',
  'zz',
  'продолжение',
  '\u0000',
  base64url('{"x":1}'),
  base64url('[1]'),
  base64url('not json'),
  base64url(JSON.stringify({ v: 2, c: 'zz' })),
];
/** Of the right shape but not issued: Cosmos refuses it (400) or, locally, starts over. */
const forged = [
  base64url(JSON.stringify({ v: 1, c: 'zz' })),
  base64url(JSON.stringify({ v: 1, c: '123' })),
  base64url(JSON.stringify({ v: 1, c: '{"token":"x","range":{"min":"","max":"FF"}}' })),
  base64url(JSON.stringify({ v: 1, c: '[{"compositeToken":"x","orderByItems":[1]}]' })),
];

const lists: [string, string][] = [
  ['/api/requests', 'box=inbox'],
  ['/api/requests', 'box=outbox'],
  ['/api/approvals', 'box=mine'],
  ['/api/approvals', 'box=to-decide'],
];

async function list(path: string, query: string) {
  return s.api.call<{ items: { id: string }[]; continuation: string | null }>(
    'GET',
    `${path}?${query}`,
    { token: await s.tokenFor(DEMO.salesHead) },
  );
}

describe.each(lists)('the continuation of %s?%s', (path, box) => {
  it.each(malformed)('refuses %j with 400 problem+json', async (continuation) => {
    const res = await list(path, `${box}&limit=1&continuation=${encodeURIComponent(continuation)}`);
    const problem = expectProblem(res, 400, 'validation-failed');
    expect(errorPaths(problem)).toEqual(['continuation']);
  });

  it.each(forged)('answers a forged %j without a 5xx', async (continuation) => {
    const res = await list(path, `${box}&limit=1&continuation=${encodeURIComponent(continuation)}`);
    if (res.status !== 200) {
      expect(errorPaths(expectProblem(res, 400, 'validation-failed'))).toEqual(['continuation']);
    }
  });
});

describe('continuations Tandem issued', () => {
  it('page through the inbox without repeating an item', async () => {
    const seen: string[] = [];
    let continuation: string | null = null;
    let pages = 0;
    do {
      const query: string =
        'box=inbox&limit=1' +
        (continuation ? `&continuation=${encodeURIComponent(continuation)}` : '');
      const res = await list('/api/requests', query);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((i) => i.id));
      continuation = res.body.continuation;
      pages += 1;
    } while (continuation && pages < 50);
    expect(pages).toBeGreaterThan(1);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
