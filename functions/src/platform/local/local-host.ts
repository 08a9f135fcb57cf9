/**
 * The local stand-in for the Functions host (Core Tools cannot be installed here): a Node HTTP
 * server that serves the SAME Route[] as main.ts registers, under /api/, by building real
 * HttpRequest / InvocationContext objects, and the tab's static build everywhere else.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpRequest, InvocationContext, type LogHandler } from '@azure/functions';
import { NotFound, ValidationFailed } from '@tandem/shared';
import { PayloadTooLarge } from '../http/payload-too-large';
import {
  PROBLEM_CONTENT_TYPE,
  type ProblemResponse,
  ensureErrorType,
  toProblemJson,
  withCorrelationId,
} from '../http/problem';
import type { Route } from '../http/route';
import { collectBody, writePlainResponse, writeResponse } from './local-host-io';
import { findRoute, routesByMethod } from './local-host-routes';
import { parseRequestTarget } from './request-target';
import { serveStatic } from './static-files';

export interface LocalHostOptions {
  readonly routes: readonly Route[];
  /** 0 picks a free port. */
  readonly port: number;
  readonly host?: string;
  readonly staticDir?: string;
  readonly log?: LogHandler;
  /** The outer bound on a request body; each route's own (smaller) limit is its handler's. */
  readonly maxBodyBytes?: number;
}

export interface LocalHost {
  /** e.g. http://127.0.0.1:7071 (no trailing slash) */
  readonly url: string;
  close(): Promise<void>;
}

const API_PREFIX = '/api';

/**
 * The largest limit a route applies (256 KiB, the largest any route declares): a body over it is
 * refused by every route, so the host refuses it before reading it. A route raising its limit
 * above this raises this too.
 */
export const HOST_MAX_BODY_BYTES = 256 * 1024;

const defaultLog: LogHandler = (level, ...args) => {
  const write = level === 'error' || level === 'critical' ? console.error : console.log;
  write(`[${level}]`, ...args);
};

export async function startLocalHost(options: LocalHostOptions): Promise<LocalHost> {
  const log = options.log ?? defaultLog;
  const table = routesByMethod(options.routes);
  const maxBodyBytes = options.maxBodyBytes ?? HOST_MAX_BODY_BYTES;

  // A missing Host header is refused by parseRequestTarget, with a problem like every other.
  const server = http.createServer({ requireHostHeader: false }, (req, res) => {
    handle(req, res).catch((err: unknown) => {
      // Outside any handler, so no invocation id: this answer gets a correlation id of its own.
      const correlationId = randomUUID();
      log(
        'error',
        `Local host failed to answer [correlation id ${correlationId}]`,
        ensureErrorType(err),
      );
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const problem = withCorrelationId(toProblemJson(err, pathOf(req)), correlationId);
      writePlainResponse(res, req.method ?? 'GET', problem);
    });
  });
  // Requests Node's parser refuses (a space in the target, a bad header) get a problem too.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const body = JSON.stringify(badRequest('The request could not be parsed.').jsonBody);
    socket.end(
      `HTTP/1.1 400 Bad Request\r\ncontent-type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
    if (err.code !== 'HPE_INVALID_METHOD')
      log('warning', 'Refused an unparsable request', err.code);
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = parseRequestTarget(req);
    if (!url) {
      return refuse(
        req,
        res,
        method,
        badRequest('The Host header or the request target is not valid.'),
      );
    }
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
    // Cheap checks first (target, route), then the declared length, then a counted read.
    const declared = Number(req.headers['content-length'] ?? 0);
    const body =
      declared > maxBodyBytes
        ? 'too-large'
        : hasBody(req)
          ? await collectBody(req, maxBodyBytes)
          : EMPTY_BODY;
    if (body === 'too-large') {
      return refuse(
        req,
        res,
        method,
        toProblemJson(new PayloadTooLarge(maxBodyBytes), url.pathname),
      );
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
      context.error(
        `Unhandled error in ${hit.route.name} [correlation id ${context.invocationId}]`,
        ensureErrorType(err),
      );
      response = withCorrelationId(toProblemJson(err, url.pathname), context.invocationId);
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

function badRequest(detail: string): ProblemResponse {
  return toProblemJson(new ValidationFailed(detail));
}

/**
 * Answers without reading the body and closes the connection; what the client still sends is
 * discarded for a moment so that it can read the answer instead of a reset.
 */
function refuse(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  method: string,
  problem: ProblemResponse,
): void {
  writePlainResponse(res, method, {
    ...problem,
    headers: { ...(problem.headers as Record<string, string>), connection: 'close' },
  });
  const timer = setTimeout(() => req.destroy(), DRAIN_MS);
  timer.unref();
  req.on('end', () => clearTimeout(timer));
  req.resume();
}

const DRAIN_MS = 2000;

/** The path for a problem's `instance`, when the target is a plain path. */
function pathOf(req: http.IncomingMessage): string | undefined {
  const target = req.url ?? '';
  return /^\/[^?#]*/.exec(target)?.[0];
}

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
