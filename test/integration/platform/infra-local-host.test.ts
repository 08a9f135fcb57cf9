/** The local host serves a Route[] over real HTTP exactly as handlers expect from Functions. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LogLevel } from '@azure/functions';
import { NotFound } from '@tandem/shared';
import { z } from 'zod';
import { readJson } from '../../../functions/src/platform/http/read-input';
import type { Route } from '../../../functions/src/platform/http/route';
import { withErrors } from '../../../functions/src/platform/http/with-errors';
import { startLocalHost, type LocalHost } from '../../../functions/src/platform/local/local-host';

const logs: [LogLevel, unknown[]][] = [];
let host: LocalHost;
let staticDir: string;

const routes: Route[] = [
  {
    name: 'echo',
    methods: ['GET', 'DELETE'],
    route: 'echo/{id}/{action?}',
    handler: async (req, ctx) => ({
      status: 200,
      headers: { etag: '"v1"', 'x-function': ctx.functionName },
      jsonBody: {
        method: req.method,
        url: req.url,
        params: req.params,
        query: Object.fromEntries(req.query),
        header: req.headers.get('x-test'),
        invocationId: ctx.invocationId,
      },
    }),
  },
  {
    name: 'createThing',
    methods: ['POST'],
    route: 'things',
    handler: withErrors(async (req) => {
      const body = await readJson(req, z.strictObject({ title: z.string().min(1).max(20) }), 200);
      return { status: 201, headers: { location: '/api/things/t-1' }, jsonBody: body };
    }),
  },
  {
    name: 'countThings',
    methods: ['GET'],
    route: 'things/count',
    handler: async () => ({ body: '3' }),
  },
  {
    name: 'getThing',
    methods: ['GET'],
    route: 'things/{id}',
    handler: withErrors(async (req) => {
      throw new NotFound('Thing', req.params.id ?? '?');
    }),
  },
  {
    name: 'noContent',
    methods: ['PUT'],
    route: 'things/{id}/flag',
    handler: async () => ({ status: 204 }),
  },
  {
    name: 'crash',
    methods: ['GET'],
    route: 'crash',
    handler: async () => {
      throw new Error('database password is hunter2');
    },
  },
];

beforeAll(async () => {
  staticDir = await mkdtemp(path.join(tmpdir(), 'tandem-static-'));
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Tandem</title>');
  await mkdir(path.join(staticDir, 'assets'));
  await writeFile(path.join(staticDir, 'assets', 'app.js'), 'console.log("tab")');
  host = await startLocalHost({
    routes,
    port: 0,
    staticDir,
    log: (level, ...args) => logs.push([level, args]),
    maxBodyBytes: 1024,
  });
});
afterAll(async () => {
  await host.close();
  await rm(staticDir, { recursive: true, force: true });
});

describe('startLocalHost', () => {
  it('passes route params, query, headers and method to the handler and returns its headers', async () => {
    const res = await fetch(`${host.url}/api/echo/r%201/close?box=inbox&x=1`, {
      headers: { 'x-test': 'yes' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"v1"');
    expect(res.headers.get('x-function')).toBe('echo');
    expect(res.headers.get('content-type')).toBe('application/json');
    const body: unknown = await res.json();
    expect(body).toMatchObject({
      method: 'GET',
      url: `${host.url}/api/echo/r%201/close?box=inbox&x=1`,
      params: { id: 'r 1', action: 'close' },
      query: { box: 'inbox', x: '1' },
      header: 'yes',
    });
    expect((body as { invocationId: string }).invocationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('matches an optional parameter left out, and other methods of the same route', async () => {
    const res = await fetch(`${host.url}/api/echo/r-2`, { method: 'DELETE' });
    expect(await res.json()).toMatchObject({ method: 'DELETE', params: { id: 'r-2' } });
  });

  it('hands the JSON body to the handler and passes status and Location back', async () => {
    const res = await fetch(`${host.url}/api/things`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Billboard' }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe('/api/things/t-1');
    expect(await res.json()).toEqual({ title: 'Billboard' });
  });

  it('answers a validation failure with problem+json and field paths', async () => {
    const res = await fetch(`${host.url}/api/things`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: '', extra: 1 }),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await res.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path).sort()).toEqual(['', 'title']);
  });

  it('prefers a literal route over a parameter, whatever the table order', async () => {
    expect(await (await fetch(`${host.url}/api/things/count`)).text()).toBe('3');
    const res = await fetch(`${host.url}/api/things/t-9`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({
      type: 'urn:tandem:problem:not-found',
      detail: 'Thing t-9 was not found.',
      instance: '/api/things/t-9',
    });
  });

  it('answers 204 without a body', async () => {
    const res = await fetch(`${host.url}/api/things/t-1/flag`, { method: 'PUT' });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
  });

  it('answers unknown API paths and wrong methods with a 404 problem', async () => {
    for (const [method, url] of [
      ['GET', '/api/nothing-here'],
      ['POST', '/api/echo/r-1'],
      ['GET', '/api'],
    ] as const) {
      const res = await fetch(`${host.url}${url}`, { method });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(((await res.json()) as { detail: string }).detail).toBe(
        `Route ${method} ${url} was not found.`,
      );
    }
  });

  it('turns an unhandled error into a generic 500 problem and logs it', async () => {
    const res = await fetch(`${host.url}/api/crash`);
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('hunter2');
    const logged = logs.find(([level]) => level === 'error');
    expect(String(logged?.[1][0])).toBe(
      `Unhandled error in crash [correlation id ${res.headers.get('x-correlation-id')}]`,
    );
    expect((logged?.[1][1] as Error).message).toBe('database password is hunter2');
  });

  it('refuses a body over the host limit with 413', async () => {
    const res = await fetch(`${host.url}/api/things`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x'.repeat(5000) }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { type: string }).type).toBe(
      'urn:tandem:problem:payload-too-large',
    );
  });

  it('serves static files, falls back to index.html for app routes, 404s missing assets', async () => {
    const index = await fetch(`${host.url}/`);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('<title>Tandem</title>');
    const js = await fetch(`${host.url}/assets/app.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log("tab")');
    expect(await (await fetch(`${host.url}/requests/r-1`)).text()).toContain('Tandem');
    expect((await fetch(`${host.url}/assets/missing.png`)).status).toBe(404);
  });

  it('never serves files outside the static folder', async () => {
    for (const raw of [
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fetc/hosts',
    ]) {
      const { status, body } = await rawGet(host.url, raw);
      expect(body).not.toMatch(/root:|localhost/);
      expect([200, 404]).toContain(status);
      if (status === 200) expect(body).toContain('<title>Tandem</title>');
    }
  });
});

/** fetch normalises "..", so path traversal needs a raw request. */
function rawGet(base: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
