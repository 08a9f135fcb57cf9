/**
 * The one place where Cosmos DB status codes become domain errors. Everything else is rethrown
 * with the entity and id added, keeping the original as `cause` (never swallowed).
 */
import { Conflict, NotFound, PreconditionFailed, isDomainError } from '@tandem/shared';

/** Status of an @azure/cosmos ErrorResponse (`code` is the HTTP status; `statusCode` on some paths). */
export function cosmosStatusOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const { statusCode, code } = err as { statusCode?: unknown; code?: unknown };
  if (typeof statusCode === 'number') return statusCode;
  return typeof code === 'number' ? code : undefined;
}

/** Returns the error to throw: `catch (e) { throw mapCosmosError(e, 'Request', id); }`. */
export function mapCosmosError(err: unknown, entity: string, id: string): Error {
  if (isDomainError(err)) return err;
  switch (cosmosStatusOf(err)) {
    case 404:
      return new NotFound(entity, id);
    case 409:
      return new Conflict(`${entity} ${id} already exists.`);
    case 412:
      return new PreconditionFailed();
    default: {
      const reason = err instanceof Error ? err.message : String(err);
      const status = cosmosStatusOf(err);
      return new Error(
        `Cosmos DB failed on ${entity} ${id}${status ? ` (status ${status})` : ''}: ${reason}`,
        { cause: err },
      );
    }
  }
}

/** Runs one Cosmos operation and maps its failure. */
export async function cosmosCall<T>(entity: string, id: string, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (err) {
    throw mapCosmosError(err, entity, id);
  }
}

/**
 * `item.read()` answers a missing item with `resource: undefined` instead of throwing; this turns
 * that into NotFound so callers cannot forget the check.
 */
export function requireResource<T>(resource: T | undefined, entity: string, id: string): T {
  if (resource === undefined) throw new NotFound(entity, id);
  return resource;
}
