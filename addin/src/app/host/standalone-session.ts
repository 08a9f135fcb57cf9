/**
 * Standalone (plain browser, local mode): who is signed in is a demo person kept per browser tab
 * in sessionStorage, and the API token comes from the local dev token endpoint.
 */
import { readKey, writeKey } from './safe-storage';

export const DEV_USER_KEY = 'tandem.devUser';

/** The demo person signed in in this browser tab (sessionStorage: a new tab signs in anew). */
export function readDevUser(): string | null {
  return readKey('session', DEV_USER_KEY) || null;
}

export function writeDevUser(personId: string | null): void {
  writeKey('session', DEV_USER_KEY, personId);
}

interface CachedToken {
  readonly token: string;
  readonly expiresAt: number;
}

/** Tokens of the dev endpoint, cached until a minute before they expire. */
export function makeDevTokenSource(apiBase: string, personId: string, fetchFn: typeof fetch) {
  let cached: CachedToken | null = null;
  return async (refresh = false): Promise<string> => {
    if (!refresh && cached && cached.expiresAt > Date.now()) return cached.token;
    const res = await fetchFn(`${apiBase}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: personId }),
    });
    if (!res.ok) throw new Error(`Dev sign-in failed with HTTP ${res.status}.`);
    const body = (await res.json()) as { token?: unknown; expiresIn?: unknown };
    if (typeof body.token !== 'string') throw new Error('Dev sign-in answered without a token.');
    const seconds = typeof body.expiresIn === 'number' ? body.expiresIn : 3600;
    cached = { token: body.token, expiresAt: Date.now() + (seconds - 60) * 1000 };
    return body.token;
  };
}
