/**
 * The wrapper every handler goes through, so handlers just throw: domain errors become their
 * problem+json, anything else is logged with the invocation id as its correlation id and answered
 * with a 5xx that names that id, so a user's report leads to the log line in every mode.
 */
import type { HttpRequest, InvocationContext } from '@azure/functions';
import { isDomainError } from '@tandem/shared';
import { ensureErrorType, toProblemJson, withCorrelationId } from './problem';
import type { HttpHandler } from './route';

export function withErrors(handler: HttpHandler): HttpHandler {
  return async (req: HttpRequest, ctx: InvocationContext) => {
    try {
      return await handler(req, ctx);
    } catch (thrown) {
      const instance = pathOf(req.url);
      const problem = toProblemJson(thrown, instance);
      if (isDomainError(thrown) && problem.status < 500) return problem;
      const err = ensureErrorType(thrown);
      ctx.error(
        `Unhandled error in ${ctx.functionName} (${req.method} ${instance}) [correlation id ${ctx.invocationId}]`,
        err,
      );
      return withCorrelationId(problem, ctx.invocationId);
    }
  };
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
