/**
 * The one way a person changes an existing aggregate. The caller presents the version they saw
 * (428 without one); a stale one is refused before anything is computed (412); the write itself
 * is conditional on the store's ETag. The version people see follows only what people change,
 * while system writers (sweeps, the calendar outbox) also rewrite the stored document: so a
 * write that loses the store's race is retried on a fresh copy, and if a person changed it in
 * between, the next round's version check answers 412. Of two people acting on one version,
 * exactly one wins; a sweep running at the same time never makes a person's write fail.
 */
import { PreconditionFailed, isDomainError } from '@tandem/shared';
import type { Versioned } from './ports';
import { requireIfMatch, sameVersion } from './version';

/** Store rounds before a write gives up on a document that system writers keep changing. */
export const WRITE_ATTEMPTS = 5;

export interface VersionedWrite<S extends Versioned<unknown>, R> {
  /** The If-Match the caller sent. */
  readonly ifMatch: string | undefined | null;
  /** Reads the latest stored copy (throws NotFound; checks the caller may see it). */
  read(): Promise<S>;
  /** The version people see of a stored copy (the ETag the API answers with). */
  versionOf(stored: S): string;
  /**
   * Computes the change on `current` and writes it conditionally on `current.etag`; throws
   * PreconditionFailed when the store's ETag moved. Must be safe to run again on a fresh copy.
   */
  write(current: S): Promise<R>;
}

export async function writeOnVersion<S extends Versioned<unknown>, R>(
  op: VersionedWrite<S, R>,
): Promise<R> {
  const ifMatch = requireIfMatch(op.ifMatch);
  for (let attempt = 1; ; attempt++) {
    const current = await op.read();
    if (!sameVersion(op.versionOf(current), ifMatch)) throw new PreconditionFailed();
    try {
      return await op.write(current);
    } catch (err) {
      if (!isLostRace(err) || attempt >= WRITE_ATTEMPTS) throw err;
    }
  }
}

/**
 * A system writer's change to an aggregate: `change` is a pure function of the latest copy and is
 * applied again on a fresh copy when the store's ETag moved. Returns undefined when `change`
 * said there is nothing to do (returned null).
 */
export async function writeAsSystem<S extends Versioned<unknown>, R>(
  read: () => Promise<S>,
  write: (current: S) => Promise<R | null>,
): Promise<R | undefined> {
  for (let attempt = 1; ; attempt++) {
    const current = await read();
    try {
      return (await write(current)) ?? undefined;
    } catch (err) {
      if (!isLostRace(err) || attempt >= WRITE_ATTEMPTS) throw err;
    }
  }
}

const isLostRace = (err: unknown): boolean =>
  err instanceof PreconditionFailed || (isDomainError(err) && err._tag === 'PreconditionFailed');
