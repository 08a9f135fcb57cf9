/** Reading request bodies and writing HttpResponseInit the way the Functions host does. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpResponse, type Cookie, type HttpResponseInit } from '@azure/functions';

/** The whole body, or 'too-large' as soon as it passes the limit (the rest is not buffered). */
export function collectBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.byteLength;
      if (size > maxBytes) {
        done = true;
        req.resume();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

/** HttpResponse applies the library's own rules (jsonBody → JSON + content-type, 204 without body). */
export async function writeResponse(
  res: ServerResponse,
  method: string,
  init: HttpResponseInit | HttpResponse,
): Promise<void> {
  if (writePlainResponse(res, method, init)) return;
  const response = init instanceof HttpResponse ? init : new HttpResponse(init);
  const body = Buffer.from(await response.arrayBuffer());
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie') res.setHeader(name, value);
  }
  const cookies = [...response.headers.getSetCookie(), ...response.cookies.map(serializeCookie)];
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  res.setHeader('content-length', body.byteLength);
  res.writeHead(response.status);
  res.end(method === 'HEAD' ? undefined : body);
}

/**
 * The common { status, headers, jsonBody } shape written at once, with the library's rules (JSON
 * content type unless set, no body on 204/205/304) but without building a fetch Response, and
 * without a microtask: false when the shape needs the full path above.
 */
export function writePlainResponse(
  res: ServerResponse,
  method: string,
  init: HttpResponseInit | HttpResponse,
): boolean {
  if (init instanceof HttpResponse || init.body !== undefined || init.cookies?.length) return false;
  const headers = plainHeaders(init.headers);
  if (!headers) return false;
  const status = init.status ?? 200;
  const json: unknown = init.jsonBody;
  const hasBody =
    json !== undefined && json !== null && status !== 204 && status !== 205 && status !== 304;
  // The text goes to the socket as it is: no Buffer copy of it, no header map filled one by one.
  const text = hasBody ? JSON.stringify(json) : '';
  if (hasBody && headers['content-type'] === undefined)
    headers['content-type'] = 'application/json';
  headers['content-length'] = String(Buffer.byteLength(text));
  res.writeHead(status, headers);
  res.end(method === 'HEAD' ? undefined : text);
  return true;
}

const HTTP_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;

/**
 * A plain object of headers with names lower-cased and values trimmed, as the fetch Headers
 * class would have them; undefined for what only Headers handles alike: a list, a Headers
 * object, cookies, or two names differing only in case (which Headers joins).
 */
function plainHeaders(init: HttpResponseInit['headers']): Record<string, string> | undefined {
  // No prototype, so that a header named like an Object method is not mistaken for a repeat.
  const out = Object.create(null) as Record<string, string>;
  if (init === undefined) return out;
  if (Object.getPrototypeOf(init) !== Object.prototype) return undefined;
  for (const [name, value] of Object.entries(init as Record<string, string>)) {
    const lower = name.toLowerCase();
    if (lower === 'set-cookie' || out[lower] !== undefined) return undefined;
    out[lower] = String(value).replace(HTTP_WHITESPACE, '');
  }
  return out;
}

function serializeCookie(c: Cookie): string {
  const parts = [`${c.name}=${encodeURIComponent(c.value)}`];
  if (c.domain) parts.push(`Domain=${c.domain}`);
  if (c.path) parts.push(`Path=${c.path}`);
  if (c.expires !== undefined) parts.push(`Expires=${new Date(c.expires).toUTCString()}`);
  if (c.maxAge !== undefined) parts.push(`Max-Age=${c.maxAge}`);
  if (c.secure) parts.push('Secure');
  if (c.httpOnly) parts.push('HttpOnly');
  if (c.sameSite) parts.push(`SameSite=${c.sameSite}`);
  return parts.join('; ');
}
