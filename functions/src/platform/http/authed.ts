/**
 * The one wrapper every API handler goes through: errors become problem+json, the bearer token
 * is validated (Entra ID in production, the local issuer in dev: same code) and the caller is
 * resolved in their tenant's directory. Handlers receive the caller; they never parse tokens.
 */
import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { Person } from '@tandem/shared';
import type { TokenValidator } from '../auth/token-validator';
import { withErrors } from './with-errors';
import type { HttpHandler } from './route';
import type { Directory } from '../../kernel/ports';
import { resolveCaller } from '../../kernel/caller';

export interface AuthDeps {
  readonly tokenValidator: TokenValidator;
  readonly directory: Directory;
}

export type AuthedHandler = (
  req: HttpRequest,
  caller: Person,
  ctx: InvocationContext,
) => Promise<HttpResponseInit>;

export function authed(deps: AuthDeps, handler: AuthedHandler): HttpHandler {
  return withErrors(async (req, ctx) => {
    const identity = await deps.tokenValidator.validate(req.headers.get('authorization'));
    const caller = await resolveCaller(deps, identity);
    return handler(req, caller, ctx);
  });
}
