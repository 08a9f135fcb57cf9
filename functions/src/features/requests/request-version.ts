/**
 * The version of a request that people see as its ETag: it changes with every event in the
 * request's history — i.e. whenever a person changed it — and not when the SLA sweep records an
 * escalation. So a person who opened a request before a sweep can still act on it, while of two
 * people acting on the same version exactly one wins. The store's own ETag still guards every
 * write (see actOnRequest).
 */
import type { Request } from '@tandem/shared';

export function requestVersion(request: Request): string {
  return `"${request.history.length}-${request.history.at(-1)?.id ?? 'none'}"`;
}

/** Accepts the version with or without quotes or a weak prefix, as HTTP clients send it. */
export function sameVersion(request: Request, ifMatch: string): boolean {
  const bare = (v: string) =>
    v
      .trim()
      .replace(/^W\//, '')
      .replace(/^"(.*)"$/, '$1');
  return bare(ifMatch) === bare(requestVersion(request));
}
