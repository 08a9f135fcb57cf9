/**
 * The local stand-in for the Functions host (Core Tools cannot be installed here): a Node HTTP
 * server that serves the SAME Route[] as main.ts registers, under /api/, by building real
 * HttpRequest / InvocationContext objects, and the tab's static build everywhere else.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpRequest, InvocationContext, type LogHandler } from '@azure/functions';
import { NotFound } from '@tandem/shared';
import { ensureErrorType, toProblemJson } from '../http/problem';
import type { Route } from '../http/route';
import { collectBody, writePlainResponse, writeResponse } from './local-host-io';
import { findRoute, routesByMethod } from './local-host-routes';
import { serveStatic } from './static-files';

export interface LocalHostOptions {
  readonly routes: readonly Route[];
  /** 0 picks a free port. */
  readonly port: number;
  readonly host?: string;
  readonly staticDir?: string;
  readonly log?: LogHandler;
  /** The Functions host refuses bodies over 100 MB; locally a smaller cap is plenty. */
  readonly maxBodyBytes?: number;
}

export interface LocalHost {
  /** e.g. http://127.0.0.1:7071 (no trailing slash) */
  readonly url: string;
  close(): Promise<void>;
}

const API_PREFIX = '/api';

const defaultLog: LogHandler = (level, ...args) => {
  const write = level === 'error' || level === 'critical' ? console.error : console.log;
  write(`[${level}]`, ...args);
};

export async function startLocalHost(options: LocalHostOptions): Promise<LocalHost> {
  const log = options.log ?? defaultLog;
  const table = routesByMethod(options.routes);

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log('error', 'Local host failed to answer', ensureErrorType(err));
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const origin = `http://${req.headers.host ?? 'localhost'}`;
    const url = new URL(req.url ?? '/', origin);
    const method = (req.method ?? 'GET').toUpperCase();
    if (url.pathname !== API_PREFIX && !url.pathname.startsWith(`${API_PREFIX}/`)) {
      return serveStatic(options.staticDir, url.pathname, req, res);
    }
    const apiPath = url.pathname.slice(API_PREFIX.length);
    const hit = findRoute(table, method, apiPath);
    if (!hit) {
      return writeResponse(
        res,
        method,
        toProblemJson(new NotFound('Route', `${method} ${url.pathname}`), url.pathname),
      );
    }
    const body = hasBody(req)
      ? await collectBody(req, options.maxBodyBytes ?? 10 * 1024 * 1024)
      : EMPTY_BODY;
    if (body === 'too-large') {
      return writeResponse(res, method, {
        status: 413,
        headers: { 'content-type': 'application/problem+json', connection: 'close' },
        jsonBody: {
          type: 'urn:tandem:problem:payload-too-large',
          title: 'Payload too large',
          status: 413,
          detail: 'The request body is too large.',
          instance: url.pathname,
        },
      });
    }
    const request = new HttpRequest({
      method,
      url: url.href,
      headers: flattenHeaders(req.headers),
      params: hit.params,
      // Without a query string there is nothing to parse: spares HttpRequest a second URL parse.
      ...(url.search === '' ? { query: {} } : {}),
      ...(body.byteLength > 0 ? { body: { bytes: body } } : {}),
    });
    const context = new InvocationContext({
      invocationId: randomUUID(),
      functionName: hit.route.name,
      logHandler: log,
    });
    let response;
    try {
      response = await hit.route.handler(request, context);
    } catch (err) {
      // The Functions host answers an unhandled error with a 500; handlers normally use withErrors.
      context.error(`Unhandled error in ${hit.route.name}`, ensureErrorType(err));
      response = toProblemJson(err, url.pathname);
    }
    if (!writePlainResponse(res, method, response)) await writeResponse(res, method, response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  return {
    url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

const EMPTY_BODY = Buffer.alloc(0);

/**
 * A declared length or a chunked transfer (RFC 9112 §6.3); without either there is no body, and
 * a GET need not wait for the end of a stream that carries nothing.
 */
function hasBody(req: http.IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
]);

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}
