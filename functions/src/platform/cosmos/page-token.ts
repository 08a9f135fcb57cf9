/**
 * The `continuation` of a list page is Tandem's token, not Cosmos DB's: base64url of
 * `{ v: 1, c: <the Cosmos continuation> }`. What comes back is checked before Cosmos sees it
 * (alphabet, length, UTF-8, JSON, shape), so a number, JSON, garbage or non-ASCII is a 400 naming
 * `continuation`; a forged token of the right shape that Cosmos refuses is a 400 too
 * (`cosmosPage`). It is not signed: a token only ever continues the caller's own query, inside
 * their tenant's partition and with their own filters, so forging one can reveal nothing.
 */
import { ValidationFailed } from '@tandem/shared';
import { z } from 'zod';
import { cosmosStatusOf, mapCosmosError } from './cosmos-errors';

/** The contracts allow 4000 characters; Cosmos tokens of Tandem's queries are far shorter. */
const MAX_TOKEN_CHARS = 4000;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const envelopeSchema = z.strictObject({ v: z.literal(1), c: z.string().min(1).max(2900) });

export function invalidContinuation(): ValidationFailed {
  return new ValidationFailed('The continuation is not one Tandem issued.', [
    { path: 'continuation', message: 'Pass back the continuation of the previous page as is.' },
  ]);
}

/** The token handed out with a page; null on the last one. */
export function toPageToken(cosmosToken: string | undefined | null): string | null {
  if (!cosmosToken) return null;
  return Buffer.from(JSON.stringify({ v: 1, c: cosmosToken }), 'utf8').toString('base64url');
}

/** The Cosmos continuation inside a token a client sent back; ValidationFailed if it is none. */
export function fromPageToken(token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  if (token.length > MAX_TOKEN_CHARS || !/^[A-Za-z0-9_-]+$/.test(token)) {
    throw invalidContinuation();
  }
  let decoded: unknown;
  try {
    decoded = JSON.parse(utf8.decode(Buffer.from(token, 'base64url')));
  } catch {
    throw invalidContinuation();
  }
  const parsed = envelopeSchema.safeParse(decoded);
  if (!parsed.success) throw invalidContinuation();
  return parsed.data.c;
}

/**
 * Fetches one page. Cosmos answers a continuation it cannot use with 400; with a continuation
 * from the client that is the client's mistake, without one it is ours (a 500, logged).
 */
export async function cosmosPage<T>(
  entity: string,
  id: string,
  cosmosToken: string | undefined,
  fetch: () => Promise<T>,
): Promise<T> {
  try {
    return await fetch();
  } catch (err) {
    if (cosmosToken !== undefined && cosmosStatusOf(err) === 400) throw invalidContinuation();
    throw mapCosmosError(err, entity, id);
  }
}
