/**
 * Writes that must not lose or duplicate anything: concurrent answers with one ETag, idempotent
 * creation, and malformed bodies that change nothing.
 */
import { errorPaths, expectProblem } from '../../fixtures/api-client';
import {
  PEOPLE,
  type RequestDto,
  type RequestsClient,
  makeRequestsClient,
  newRequestBody,
} from '../../fixtures/api-requests';
import { type ApiStack, startApiStack } from '../../fixtures/api-stack';
import { malformedBodies } from '../../fixtures/malformed-request-bodies';
import { DEMO } from '../../../functions/src/platform/local/demo-directory';

let s: ApiStack;
let requests: RequestsClient;
beforeAll(async () => {
  s = await startApiStack('2026-12-02T08:15:00Z');
  requests = makeRequestsClient(s);
});
afterAll(() => s.close());

const outboxIds = async (by: string = PEOPLE.requester) =>
  (await requests.listAll(by, 'box=outbox&limit=200')).map((r) => r.id);

const post = async (body: object, key?: string, by: string = PEOPLE.requester) =>
  s.api.call<RequestDto>('POST', '/api/requests', {
    token: await s.tokenFor(by),
    json: body,
    headers: key ? { 'idempotency-key': key } : {},
  });

describe('two people acting at once', () => {
  it.each([1, 2, 3, 4, 5])(
    'round %i: exactly one of three answers wins, the others get 412',
    async () => {
      const before = await requests.inStatus('acknowledged');
      const people = [PEOPLE.responder, PEOPLE.responder2, PEOPLE.responderHead];
      const results = await Promise.all(
        people.map((p, i) =>
          requests.act(p, before.id, 'answer', { text: `answer ${i}` }, before.etag),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 412, 412]);
      for (const r of results.filter((x) => x.status === 412)) {
        expectProblem(r, 412, 'precondition-failed');
      }
      const winner = results.findIndex((r) => r.status === 200);
      const after = (await requests.get(PEOPLE.requester, before.id)).body;
      expect(after.history).toHaveLength(before.history.length + 1);
      expect(after.history.filter((e) => e.type === 'answered')).toEqual([
        expect.objectContaining({ actorId: people[winner], comment: `answer ${winner}` }),
      ]);
      expect(after.etag).toBe(results[winner]?.body.etag);
    },
  );

  it('refuses a stale ETag with 412 and a missing If-Match with 428, writing nothing', async () => {
    const first = await requests.inStatus('new');
    const acked = await requests.act(PEOPLE.responder, first.id, 'acknowledge', {}, first.etag);
    expect(acked.status).toBe(200);
    const stale = await requests.act(
      PEOPLE.responder,
      first.id,
      'answer',
      { text: 'x' },
      first.etag,
    );
    expectProblem(stale, 412, 'precondition-failed');
    const missing = await requests.act(
      PEOPLE.responder,
      first.id,
      'answer',
      { text: 'x' },
      undefined,
    );
    expectProblem(missing, 428, 'precondition-required');
    const after = (await requests.get(PEOPLE.requester, first.id)).body;
    expect(after.etag).toBe(acked.body.etag);
    expect(after.history).toHaveLength(2);
  });
});

describe('idempotent create', () => {
  it('answers a retry with the same key and body with the first request', async () => {
    const before = await outboxIds();
    const body = newRequestBody({ title: 'Retry me' });
    const first = await post(body, 'key-retry-1');
    const again = await post(body, 'key-retry-1');
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(again.headers.get('location')).toBe(`/api/requests/${first.body.id}`);
    expect(await outboxIds()).toHaveLength(before.length + 1);
  });

  it('creates once when the same key arrives twice at the same moment', async () => {
    const before = await outboxIds();
    const body = newRequestBody({ title: 'Double click' });
    const both = await Promise.all([post(body, 'key-race'), post(body, 'key-race')]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(both[0]?.body.id).toBe(both[1]?.body.id);
    expect(await outboxIds()).toHaveLength(before.length + 1);
  });

  it('refuses the same key with another body (409) and creates nothing', async () => {
    const first = await post(newRequestBody({ title: 'Original' }), 'key-reused');
    const before = await outboxIds();
    const other = await post(newRequestBody({ title: 'Something else' }), 'key-reused');
    expectProblem(other, 409, 'conflict');
    expect(await outboxIds()).toEqual(before);
    expect((await requests.get(PEOPLE.requester, first.body.id)).body.title).toBe('Original');
  });

  it('creates two requests for two keys, and one per person for the same key', async () => {
    const before = await outboxIds();
    const body = newRequestBody({ title: 'Two keys' });
    const a = await post(body, 'key-a');
    const b = await post(body, 'key-b');
    const c = await post(body, 'key-a', DEMO.salesRep);
    expect([a.status, b.status, c.status]).toEqual([201, 201, 201]);
    expect(new Set([a.body.id, b.body.id, c.body.id]).size).toBe(3);
    expect(await outboxIds()).toHaveLength(before.length + 3);
  });
});

describe('malformed bodies', () => {
  it.each(malformedBodies)(
    'refuses $what with a 4xx, field paths and nothing written',
    async (m) => {
      const before = await outboxIds();
      const res = await s.api.call('POST', '/api/requests', {
        token: await s.tokenFor(PEOPLE.requester),
        ...(m.json === undefined ? { raw: m.raw ?? '' } : { json: m.json }),
        headers: {
          'content-type': m.contentType ?? 'application/json',
          'idempotency-key': `malformed ${m.what}`,
        },
      });
      const { status, slug } = m.problem ?? { status: 400, slug: 'validation-failed' };
      expect(errorPaths(expectProblem(res, status, slug))).toEqual(m.paths);
      expect(await outboxIds()).toEqual(before);
    },
  );

  it('names the unknown key in the message and accepts 200/4000 characters exactly', async () => {
    const res = await post(newRequestBody({ assignee: 'me' }));
    expect(expectProblem(res, 400, 'validation-failed').errors?.[0]?.message).toContain('assignee');
    const edge = await post(
      newRequestBody({ title: 'x'.repeat(200), description: 'x'.repeat(4000) }),
    );
    expect(edge.status).toBe(201);
    expect(edge.body.title).toHaveLength(200);
  });
});
