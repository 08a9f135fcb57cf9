import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpResponse, type HttpResponseInit } from '@azure/functions';
import { collectBody, writeResponse } from './local-host-io';

/** Serves one response through writeResponse and returns what a client sees. */
async function served(init: HttpResponseInit | HttpResponse, method = 'GET') {
  const server = http.createServer((req, res) => {
    writeResponse(res, req.method ?? 'GET', init).catch((e: unknown) => res.destroy(e as Error));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, {
      method,
    });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      length: res.headers.get('content-length'),
      cookies: res.headers.getSetCookie(),
      etag: res.headers.get('etag'),
      body: await res.text(),
    };
  } finally {
    server.close();
    server.closeAllConnections();
  }
}

describe('writeResponse', () => {
  it.each<[string, HttpResponseInit]>([
    ['json body', { status: 201, headers: { etag: '"1"' }, jsonBody: { a: 'б' } }],
    [
      'problem json',
      { status: 404, headers: { 'content-type': 'application/problem+json' }, jsonBody: { x: 1 } },
    ],
    ['204 with a json body', { status: 204, jsonBody: { ignored: true } }],
    ['nothing at all', {}],
    ['null json', { jsonBody: null }],
    [
      'header names in any case, values padded',
      { headers: { ETag: ' "2"\t', 'Content-Type': 'application/problem+json' }, jsonBody: [1] },
    ],
    ['a Headers object', { headers: new Headers({ etag: '"3"' }), jsonBody: { a: 1 } }],
    ['one name twice, in two cases', { headers: { etag: '"4"', ETag: '"5"' }, jsonBody: {} }],
  ])('writes %s exactly as HttpResponse would', async (_label, init) => {
    const fast = await served(init);
    const reference = await served(new HttpResponse(init));
    expect(fast).toEqual(reference);
  });

  it('uses the JSON defaults: status 200, application/json, byte length', async () => {
    expect(await served({ jsonBody: { title: 'Склад' } })).toMatchObject({
      status: 200,
      type: 'application/json',
      length: String(Buffer.byteLength('{"title":"Склад"}')),
      body: '{"title":"Склад"}',
    });
  });

  it('writes string bodies and cookies', async () => {
    const res = await served({
      body: 'plain',
      headers: { 'content-type': 'text/plain' },
      cookies: [{ name: 'sid', value: 'a b', path: '/', httpOnly: true, sameSite: 'Strict' }],
    });
    expect(res).toMatchObject({ status: 200, type: 'text/plain', body: 'plain' });
    expect(res.cookies).toEqual(['sid=a%20b; Path=/; HttpOnly; SameSite=Strict']);
  });

  it('sends headers but no body for HEAD', async () => {
    const res = await served({ jsonBody: { a: 1 } }, 'HEAD');
    expect(res).toMatchObject({ status: 200, length: '7', body: '' });
  });
});

describe('collectBody', () => {
  async function post(body: string, max: number) {
    let result: Buffer | 'too-large' | undefined;
    const server = http.createServer((req, res) => {
      collectBody(req, max).then(
        (r) => {
          result = r;
          res.end();
        },
        (err: unknown) => res.writeHead(500).end(String(err)),
      );
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body });
    server.close();
    server.closeAllConnections();
    return result;
  }

  it('returns the whole body under the limit and stops at it', async () => {
    expect((await post('hello', 5))?.toString()).toBe('hello');
    expect(await post('hello!', 5)).toBe('too-large');
  });
});
