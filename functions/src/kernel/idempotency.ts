/**
 * Idempotent creates without a store of their own: with an Idempotency-Key the new document's id
 * is derived from the tenant, the caller and the key, so a retry's create collides with the
 * first (one atomic write), and the body's fingerprint tells a replay from a reused key.
 */
import { createHash } from 'node:crypto';
import { Conflict, type Person, isDomainError } from '@tandem/shared';

/**
 * `owner` is whose key it is: the caller for a client's Idempotency-Key, or another id when
 * several people may send the same key (action items raised by one shared record). `scope` keeps
 * the same key used for two kinds of aggregate apart.
 */
export function idempotentId(
  owner: { readonly tenantId: Person['tenantId']; readonly id: string },
  key: string,
  scope?: string,
): string {
  const name = `${scope ? `${scope}\n` : ''}${owner.tenantId}\n${owner.id}\n${key}`;
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Order-independent hash of a parsed body's top-level fields. */
export function fingerprintOf(input: object): string {
  const canonical = JSON.stringify(Object.entries(input).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Creates once: a Conflict on a keyed create is the earlier attempt, returned again when its
 * fingerprint matches (a retry) and refused when it does not (the key reused for another body).
 */
export async function createOnce<S extends { readonly idempotencyFingerprint?: string }>(
  what: string,
  keyed: { readonly key: string | undefined; readonly fingerprint: string | undefined },
  create: () => Promise<S>,
  readFirst: () => Promise<S>,
): Promise<{ stored: S; created: boolean }> {
  try {
    return { stored: await create(), created: true };
  } catch (err) {
    if (!(isDomainError(err) && err._tag === 'Conflict') || !keyed.key) throw err;
    const first = await readFirst();
    if (first.idempotencyFingerprint !== keyed.fingerprint) {
      throw new Conflict(`This Idempotency-Key was already used for a different ${what}.`);
    }
    return { stored: first, created: false };
  }
}
