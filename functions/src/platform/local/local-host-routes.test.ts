/** Which route the local host picks: only routes that can match are tried, with the same result. */
import type { HttpRequest } from '@azure/functions';
import type { Route } from '../http/route';
import { type LocalHost, startLocalHost } from './local-host';

const answer = (name: string) => async (req: HttpRequest) => ({
  jsonBody: { name, params: req.params, query: [...req.query] },
});

const routes: Route[] = [
  { name: 'thing', methods: ['GET'], route: 'Things/{id}', handler: answer('thing') },
  { name: 'health', methods: ['GET'], route: 'health', handler: answer('health') },
  { name: 'rest', methods: ['GET'], route: 'files/{*rest}', handler: answer('rest') },
  { name: 'any', methods: ['GET'], route: '{kind}/{id}', handler: answer('any') },
];

let host: LocalHost;
beforeAll(async () => {
  host = await startLocalHost({ routes, port: 0, log: () => undefined });
});
afterAll(() => host.close());

async function get(path: string) {
  const res = await fetch(`${host.url}/api${path}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('route matching on the local host', () => {
  it('matches a literal first segment in any case and percent-encoded', async () => {
    expect((await get('/THINGS/7')).body).toMatchObject({ name: 'thing', params: { id: '7' } });
    expect((await get('/%74hings/8')).body).toMatchObject({ name: 'thing', params: { id: '8' } });
  });

  it('falls through to parameter routes when the first segment is another word', async () => {
    expect((await get('/others/9')).body).toMatchObject({
      name: 'any',
      params: { kind: 'others', id: '9' },
    });
    expect((await get('/files/a/b')).body).toMatchObject({ name: 'rest', params: { rest: 'a/b' } });
  });

  it('hands handlers the query string, repeated keys included, or an empty one', async () => {
    expect((await get('/things/1?x=1&x=2')).body.query).toEqual([
      ['x', '1'],
      ['x', '2'],
    ]);
    expect((await get('/things/1')).body.query).toEqual([]);
  });

  it('answers 404 when no route matches, 400 when the path is not valid percent-encoding', async () => {
    expect((await get('/health/extra/more')).status).toBe(404);
    expect((await get('/%E0%A4%A/1')).status).toBe(400);
  });
});
