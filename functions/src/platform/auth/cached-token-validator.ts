/**
 * Remembers tokens that validated, until they expire, so that a tab polling the API does not
 * pay a signature check on every call. Only successes are kept (a rejected token is checked
 * again next time), entries end at the token's own `exp`, and the cache is bounded.
 */
import { decodeJwt } from 'jose';
import type { Caller, TokenValidator } from './token-validator';

export interface ValidationCacheOptions {
  readonly maxEntries?: number;
  readonly nowMs?: () => number;
}

export function withValidationCache(
  validator: TokenValidator,
  options: ValidationCacheOptions = {},
): TokenValidator {
  const maxEntries = options.maxEntries ?? 5_000;
  const now = options.nowMs ?? Date.now;
  const cache = new Map<string, { caller: Caller; expiresAt: number }>();
  return {
    async validate(header) {
      const hit = header ? cache.get(header) : undefined;
      if (hit && now() < hit.expiresAt) return hit.caller;
      if (hit) cache.delete(header as string);
      const caller = await validator.validate(header);
      const exp = decodeJwt(String(header).trim().split(/ +/)[1] ?? '').exp;
      if (header && typeof exp === 'number') {
        if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string);
        cache.set(header, { caller, expiresAt: exp * 1000 });
      }
      return caller;
    },
  };
}
