/**
 * The wrapper every handler goes through, so handlers just throw: domain errors become their
 * problem+json, anything else is logged with the invocation id and answered with a generic 500.
 */
import type { HttpRequest, InvocationContext } from '@azure/functions';
import { isDomainError } from '@tandem/shared';
import { ensureErrorType, toProblemJson } from './problem';
import type { HttpHandler } from './route';

export function withErrors(handler: HttpHandler): HttpHandler {
  return async (req: HttpRequest, ctx: InvocationContext) => {
    try {
      return await handler(req, ctx);
    } catch (thrown) {
      const instance = pathOf(req.url);
      if (!isDomainError(thrown)) {
        const err = ensureErrorType(thrown);
        ctx.error(`Unhandled error in ${ctx.functionName} (${req.method} ${instance})`, err);
      }
      return toProblemJson(thrown, instance);
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
