/**
 * The version of an aggregate that people see as its ETag, and the one rule for comparing it with
 * what a client sends: with or without quotes, with or without a weak prefix, as HTTP clients
 * send it. Every feature's version function returns a quoted string made here.
 */
import { PreconditionRequired } from '@tandem/shared';

/** A strong ETag of the given version text. */
export const etagOf = (version: string): string => `"${version}"`;

/** The version text inside an ETag or an If-Match value. */
export const bareVersion = (value: string): string =>
  value
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1');

export const sameVersion = (etag: string, ifMatch: string): boolean =>
  bareVersion(etag) === bareVersion(ifMatch);

/** Every write to an existing aggregate must say which version it was made on (else 428). */
export function requireIfMatch(ifMatch: string | undefined | null): string {
  if (!ifMatch?.trim()) throw new PreconditionRequired();
  return ifMatch;
}
