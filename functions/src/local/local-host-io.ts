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
  if (!(init instanceof HttpResponse) && init.body === undefined && !init.cookies?.length) {
    return writePlain(res, method, init);
  }
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
 * Fast path for the common { status, headers, jsonBody } shape, with the library's rules (JSON
 * content type unless set, no body on 204/205/304) but without building a fetch Response.
 */
function writePlain(res: ServerResponse, method: string, init: HttpResponseInit): void {
  const status = init.status ?? 200;
  const headers = new Headers(init.headers);
  const json: unknown = init.jsonBody;
  const hasBody = json !== undefined && json !== null && ![204, 205, 304].includes(status);
  const body = hasBody ? Buffer.from(JSON.stringify(json)) : Buffer.alloc(0);
  if (hasBody && !headers.has('content-type')) headers.set('content-type', 'application/json');
  for (const [name, value] of headers) if (name !== 'set-cookie') res.setHeader(name, value);
  const cookies = headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  res.setHeader('content-length', body.byteLength);
  res.writeHead(status);
  res.end(method === 'HEAD' ? undefined : body);
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
