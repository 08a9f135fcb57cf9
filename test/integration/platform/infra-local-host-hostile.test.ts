/**
 * Issue 11, item 3 and the body limit of item 7: hostile request lines and Host headers sent over
 * raw sockets get a 400 problem+json (never a 500), a body over the host's bound is refused 413
 * before it is read, and a 500 is logged under the correlation id it answers with.
 */
import net from 'node:net';
import type { LogLevel } from '@azure/functions';
import type { Route } from '../../../functions/src/platform/http/route';
import { withErrors } from '../../../functions/src/platform/http/with-errors';
import { readJson } from '../../../functions/src/platform/http/read-input';
import {
  HOST_MAX_BODY_BYTES,
  startLocalHost,
  type LocalHost,
} from '../../../functions/src/platform/local/local-host';
import { z } from 'zod';

const logs: [LogLevel, unknown[]][] = [];
let host: LocalHost;
let port: number;
let bodiesRead = 0;

const routes: Route[] = [
  {
    name: 'ping',
    methods: ['GET'],
    route: 'ping',
    handler: async () => ({ status: 200, jsonBody: { ok: true } }),
  },
  {
    name: 'take',
    methods: ['POST'],
    route: 'take',
    handler: withErrors(async (req) => {
      bodiesRead += 1;
      await readJson(req, z.unknown(), 64 * 1024);
      return { status: 204 };
    }),
  },
  {
    name: 'crash',
    methods: ['GET'],
    route: 'crash',
    handler: withErrors(async () => {
      throw new Error('disk on fire');
    }),
  },
];

beforeAll(async () => {
  host = await startLocalHost({
    routes,
    port: 0,
    log: (level, ...args) => logs.push([level, args]),
  });
  port = Number(new URL(host.url).port);
});
afterAll(() => host.close());

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Writes the bytes as they are and reads until the server closes or a full answer arrived. */
function raw(request: string | Buffer, extra?: Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const i = line.indexOf(':');
        headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    };
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      const text = Buffer.concat(chunks).toString('latin1');
      const length = /content-length: (\d+)/i.exec(text);
      const split = text.indexOf('\r\n\r\n');
      if (
        length &&
        split >= 0 &&
        Buffer.byteLength(text.slice(split + 4), 'latin1') >= Number(length[1])
      ) {
        socket.destroy();
        done();
      }
    });
    socket.on('error', (err) => (chunks.length > 0 ? done() : reject(err)));
    socket.on('close', () => done());
    socket.write(request);
    if (extra) socket.write(extra, () => undefined);
  });
}

const get = (target: string, hostHeader: string | null) =>
  raw(
    `GET ${target} HTTP/1.1\r\n${hostHeader === null ? '' : `Host: ${hostHeader}\r\n`}Connection: close\r\n\r\n`,
  );

function expectProblem(res: RawResponse, status: number): { type: string; detail: string } {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toBe('application/problem+json');
  const problem = JSON.parse(res.body) as { type: string; status: number; detail: string };
  expect(problem.status).toBe(status);
  return problem;
}

describe('the local host and hostile requests', () => {
  it.each(['[', '%', 'x:99999', 'user:pw@host', '', 'a b', '//[', 'localhost:80:80'])(
    'answers 400 problem+json to the Host header %j',
    async (hostHeader) => {
      const problem = expectProblem(await get('/api/ping', hostHeader), 400);
      expect(problem.type).toBe('urn:tandem:problem:validation-failed');
    },
  );

  it.each(['//[', '[', '%', '/api/%zz', '/api/ping#x', '*', 'http://[/api/ping', 'a b'])(
    'answers 400 problem+json to the request target %j',
    async (target) => {
      expectProblem(await get(target, 'localhost'), 400);
    },
  );

  it('answers 400 problem+json without a Host header on HTTP/1.1', async () => {
    expectProblem(await get('/api/ping', null), 400);
  });

  it('still serves well-formed requests, IPv6 and port in the Host header included', async () => {
    for (const h of ['localhost', '127.0.0.1:7071', '[::1]:80', 'tandem.example']) {
      const res = await get('/api/ping', h);
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toEqual({ ok: true });
    }
  });

  it('refuses a declared body over the host bound with 413 before reading it', async () => {
    bodiesRead = 0;
    const size = 10 * 1024 * 1024;
    const res = await raw(
      `POST /api/take HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${size}\r\n\r\n`,
      Buffer.alloc(64 * 1024, 0x20),
    );
    const problem = expectProblem(res, 413);
    expect(problem.type).toBe('urn:tandem:problem:payload-too-large');
    expect(problem.detail).toBe(`The body is larger than ${HOST_MAX_BODY_BYTES} bytes.`);
    expect(bodiesRead).toBe(0);
  });

  it('refuses a chunked body over the host bound with 413 while counting it', async () => {
    bodiesRead = 0;
    const chunk = Buffer.alloc(HOST_MAX_BODY_BYTES + 1, 0x20);
    const res = await raw(
      `POST /api/take HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${chunk.byteLength.toString(16)}\r\n`,
      Buffer.concat([chunk, Buffer.from('\r\n0\r\n\r\n')]),
    );
    expectProblem(res, 413);
    expect(bodiesRead).toBe(0);
  });

  it("answers 413, not 400, to a body over the route's own limit", async () => {
    const body = JSON.stringify({ x: 'y'.repeat(70 * 1024) });
    const res = await raw(
      `POST /api/take HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    expect(expectProblem(res, 413).detail).toBe('The body is larger than 65536 bytes.');
  });

  it('logs a 500 under the correlation id it answers with', async () => {
    logs.length = 0;
    const res = await get('/api/crash', 'localhost');
    const problem = expectProblem(res, 500) as { correlationId?: string };
    const id = res.headers['x-correlation-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(problem.correlationId).toBe(id);
    const errors = logs.filter(([level]) => level === 'error');
    expect(errors).toHaveLength(1);
    expect(String(errors[0]?.[1][0])).toContain(`[correlation id ${id}]`);
    expect((errors[0]?.[1][1] as Error).message).toBe('disk on fire');
  });
});
