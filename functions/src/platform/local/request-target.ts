/**
 * The URL of a request as the local host sees it, or undefined when the Host header or the
 * request target is not one a well-formed HTTP/1.1 request can carry (RFC 9110 §7.2, RFC 9112
 * §3.2): such a request is answered 400, never handed to `new URL` outside the error path.
 */
import type { IncomingMessage } from 'node:http';

// reg-name or IPv4 (letters, digits, '.', '-') or an IPv6 literal in brackets, with an optional
// port; userinfo ("user:pw@host"), '%' and spaces are not part of a Host header.
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?$/;
// origin-form: an absolute path of pchars and '/' and an optional query (RFC 3986 §3.3, §3.4).
const ORIGIN_FORM =
  /^\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*(?:\?(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$/;

export function parseRequestTarget(req: IncomingMessage): URL | undefined {
  const host = req.headers.host ?? (req.httpVersion === '1.0' ? 'localhost' : undefined);
  if (host === undefined || !isHost(host)) return undefined;
  const target = req.url ?? '';
  if (!ORIGIN_FORM.test(target)) return undefined;
  try {
    // Concatenated, not resolved: "//x" is a path here, not a reference to another host.
    return new URL(`http://${host}${target}`);
  } catch {
    return undefined;
  }
}

function isHost(value: string): boolean {
  const match = HOST.exec(value);
  return match !== null && (match[1] === undefined || Number(match[1]) <= 65535);
}
