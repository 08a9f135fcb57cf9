/**
 * Tagged domain errors. Every layer throws these; the HTTP edge maps them to RFC 9457
 * problem+json in one place (functions/src/platform/http/problem.ts), the cards and the tab show their
 * messages. Nothing is swallowed.
 */
import type { ZodError } from 'zod';

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. "title" or "week.1.0.start"; "" for the whole body. */
  readonly path: string;
  readonly message: string;
}

abstract class DomainErrorBase extends Error {
  abstract readonly _tag: string;
}

export class ValidationFailed extends DomainErrorBase {
  readonly _tag = 'ValidationFailed' as const;
  constructor(
    message: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
  }
  static fromZod(error: ZodError, message = 'The input is not valid.'): ValidationFailed {
    return new ValidationFailed(
      message,
      error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    );
  }
}

export class NotFound extends DomainErrorBase {
  readonly _tag = 'NotFound' as const;
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} was not found.`);
  }
}

/** The person is signed in but their department or role does not allow the action. */
export class Forbidden extends DomainErrorBase {
  readonly _tag = 'Forbidden' as const;
}

/** The action is allowed for this person in general, but not from the current state (HTTP 409). */
export class InvalidTransition extends DomainErrorBase {
  readonly _tag = 'InvalidTransition' as const;
  constructor(
    readonly action: string,
    readonly status: string,
  ) {
    super(`Cannot ${action} a request that is ${status.replace(/_/g, ' ')}.`);
  }
}

/** The caller's ETag is stale: someone else changed the resource first (HTTP 412). */
export class PreconditionFailed extends DomainErrorBase {
  readonly _tag = 'PreconditionFailed' as const;
  constructor(message = 'Someone else changed this first. Reload to see the current state.') {
    super(message);
  }
}

/**
 * A write to an existing aggregate came without the version it was made on (HTTP 428,
 * RFC 6585): every such write must send If-Match.
 */
export class PreconditionRequired extends DomainErrorBase {
  readonly _tag = 'PreconditionRequired' as const;
  constructor(message = 'Send the ETag you last saw in an If-Match header.') {
    super(message);
  }
}

/** A write collides with existing state (duplicate id, idempotency key reused with another body). */
export class Conflict extends DomainErrorBase {
  readonly _tag = 'Conflict' as const;
}

/** No valid credentials (HTTP 401). */
export class Unauthorized extends DomainErrorBase {
  readonly _tag = 'Unauthorized' as const;
}

export type DomainError =
  | ValidationFailed
  | NotFound
  | Forbidden
  | InvalidTransition
  | PreconditionFailed
  | PreconditionRequired
  | Conflict
  | Unauthorized;

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainErrorBase;
}
