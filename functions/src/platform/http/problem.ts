/**
 * RFC 9457 problem details: the one mapping from thrown errors to HTTP responses. Domain errors
 * keep their message (written for users); anything else becomes a generic 500 so internals never
 * leak to the caller (withErrors logs the real error).
 */
import type { HttpResponseInit } from '@azure/functions';
import { isDomainError, type DomainError, type FieldIssue } from '@tandem/shared';
import { CalendarRejected, CalendarUnavailable } from '../graph/calendar-errors';
import { PayloadTooLarge } from './payload-too-large';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface ProblemJson {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly errors?: readonly FieldIssue[];
  /** On a 5xx: the id under which the error was logged, for the caller to quote. */
  readonly correlationId?: string;
}

const PROBLEMS: Record<DomainError['_tag'], { status: number; title: string; slug: string }> = {
  ValidationFailed: { status: 400, title: 'The request is not valid', slug: 'validation-failed' },
  Unauthorized: { status: 401, title: 'Sign-in required', slug: 'unauthorized' },
  Forbidden: { status: 403, title: 'Not allowed', slug: 'forbidden' },
  NotFound: { status: 404, title: 'Not found', slug: 'not-found' },
  InvalidTransition: {
    status: 409,
    title: 'Not possible in this state',
    slug: 'invalid-transition',
  },
  Conflict: { status: 409, title: 'Conflict', slug: 'conflict' },
  PreconditionFailed: {
    status: 412,
    title: 'Changed by someone else',
    slug: 'precondition-failed',
  },
  PreconditionRequired: {
    status: 428,
    title: 'If-Match required',
    slug: 'precondition-required',
  },
};

/** Seconds a client is told to wait when the calendar gave no Retry-After of its own. */
const CALENDAR_RETRY_AFTER_S = 30;

/** Stable identifiers of the problem types; clients switch on `type`, not on `title`. */
export const problemType = (slug: string) => `urn:tandem:problem:${slug}`;

export function toProblem(err: unknown, instance?: string): ProblemJson {
  const base = instance === undefined ? {} : { instance };
  if (isDomainError(err)) {
    const p = PROBLEMS[err._tag];
    return {
      type: problemType(p.slug),
      title: p.title,
      status: p.status,
      detail: err.message,
      ...base,
      ...(err._tag === 'ValidationFailed' ? { errors: err.issues } : {}),
    };
  }
  const edge = edgeProblem(err);
  if (edge) return { ...edge, ...base };
  return {
    type: problemType('internal'),
    title: 'Something went wrong',
    status: 500,
    detail: 'An unexpected error occurred. It has been logged; please try again later.',
    ...base,
  };
}

/** A problem+json answer; its body typed, for the callers that read it back. */
export type ProblemResponse = Omit<HttpResponseInit, 'status' | 'jsonBody'> & {
  status: number;
  jsonBody: ProblemJson;
};

export function toProblemJson(err: unknown, instance?: string): ProblemResponse {
  const problem = toProblem(err, instance);
  const headers: Record<string, string> = { 'content-type': PROBLEM_CONTENT_TYPE };
  if (problem.status === 401) headers['www-authenticate'] = 'Bearer';
  if (err instanceof CalendarUnavailable) headers['retry-after'] = String(retryAfterSeconds(err));
  // The rest of the body is not read: the connection cannot carry another request.
  if (err instanceof PayloadTooLarge) headers.connection = 'close';
  return { status: problem.status, headers, jsonBody: problem };
}

/** A 5xx names the log line it was written under (body and `x-correlation-id` header). */
export function withCorrelationId(
  response: ProblemResponse,
  correlationId: string,
): ProblemResponse {
  return {
    ...response,
    headers: { ...(response.headers as Record<string, string>), 'x-correlation-id': correlationId },
    jsonBody: { ...response.jsonBody, correlationId },
  };
}

/** Errors of the HTTP edge and of the calendar (its own wording stays in the logs). */
function edgeProblem(err: unknown): Omit<ProblemJson, 'instance'> | undefined {
  if (err instanceof PayloadTooLarge) {
    return {
      type: problemType('payload-too-large'),
      title: 'Payload too large',
      status: 413,
      detail: err.message,
      errors: [{ path: '', message: `At most ${err.maxBytes} bytes are accepted.` }],
    };
  }
  if (err instanceof CalendarUnavailable) {
    return {
      type: problemType('calendar-unavailable'),
      title: 'Calendar unavailable',
      status: 503,
      detail: `The calendar service is not answering right now. Try again in ${retryAfterSeconds(err)} seconds.`,
    };
  }
  if (err instanceof CalendarRejected) {
    return {
      type: problemType('calendar-rejected'),
      title: 'Calendar refused',
      status: 502,
      detail: `The calendar service refused the call${err.code ? ` (${err.code})` : ''}. Ask a Tandem admin to check the calendar permissions.`,
    };
  }
  return undefined;
}

function retryAfterSeconds(err: CalendarUnavailable): number {
  return err.retryAfterMs === undefined
    ? CALENDAR_RETRY_AFTER_S
    : Math.max(1, Math.ceil(err.retryAfterMs / 1000));
}

/** Whatever was thrown, an Error to log and inspect (the Functions library's idea). */
export function ensureErrorType(err: unknown): Error {
  if (err instanceof Error) return err;
  let text: string;
  try {
    text = typeof err === 'string' ? err : JSON.stringify(err);
  } catch {
    text = String(err);
  }
  return new Error(`Non-error value thrown: ${text}`);
}
