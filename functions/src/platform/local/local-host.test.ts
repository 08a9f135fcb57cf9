/** How the local host hands request bodies to handlers: declared, chunked or absent. */
import http from 'node:http';
import type { HttpRequest } from '@azure/functions';
import { type LocalHost, startLocalHost } from './local-host';

let host: LocalHost;
const seen: { body: string | null; hadBody: boolean }[] = [];

beforeAll(async () => {
  host = await startLocalHost({
    routes: [
      {
        name: 'echoBody',
        methods: ['GET', 'POST'],
        route: 'body',
        handler: async (req: HttpRequest) => {
          const hadBody = req.body !== null;
          seen.push({ hadBody, body: hadBody ? await req.text() : null });
          return { status: 204 };
        },
      },
    ],
    port: 0,
    log: () => undefined,
  });
});
afterAll(() => host.close());
beforeEach(() => (seen.length = 0));

/** A raw request, so the test decides between Content-Length and chunked transfer. */
function send(method: string, headers: Record<string, string>, chunks: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${host.url}/api/body`, { method, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('request bodies on the local host', () => {
  it('passes a body sent with a Content-Length', async () => {
    expect(await send('POST', { 'content-length': '7' }, ['{"a":1}'])).toBe(204);
    expect(seen).toEqual([{ hadBody: true, body: '{"a":1}' }]);
  });

  it('passes a chunked body, which declares no length', async () => {
    expect(await send('POST', { 'transfer-encoding': 'chunked' }, ['{"a":', '2}'])).toBe(204);
    expect(seen).toEqual([{ hadBody: true, body: '{"a":2}' }]);
  });

  it('gives no body when none was sent, to a POST or a GET', async () => {
    expect(await send('POST', { 'content-length': '0' }, [])).toBe(204);
    expect(await send('GET', {}, [])).toBe(204);
    expect(seen).toEqual([
      { hadBody: false, body: null },
      { hadBody: false, body: null },
    ]);
  });
});
