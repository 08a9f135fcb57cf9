/**
 * Local mode only (never registered in Azure): list the demo people and sign one in with a token
 * of the local issuer, which the API validates with the same code as Entra ID tokens.
 */
import { ValidationFailed, devTokenInputSchema, tenantIdSchema } from '@tandem/shared';
import type { LocalTokenIssuer } from '../../platform/auth/local-token-issuer';
import { readJson } from '../../platform/http/read-input';
import type { HttpHandler } from '../../platform/http/route';
import { withErrors } from '../../platform/http/with-errors';
import type { Directory } from '../../kernel/ports';

export interface DevDeps {
  readonly issuer: Pick<LocalTokenIssuer, 'issue'>;
  readonly directory: Directory;
  readonly demoTenantId: string;
}

export function makeDevUsersHandler(deps: DevDeps): HttpHandler {
  return withErrors(async () => {
    const people = await deps.directory.listPeople(tenantIdSchema.parse(deps.demoTenantId));
    return { status: 200, jsonBody: { tenantId: deps.demoTenantId, users: people } };
  });
}

export function makeDevTokenHandler(deps: DevDeps): HttpHandler {
  return withErrors(async (req) => {
    const body = await readJson(req, devTokenInputSchema, 4096);
    const tenantId = body.tenantId ?? tenantIdSchema.parse(deps.demoTenantId);
    const person = await deps.directory.findPerson(tenantId, body.userId);
    if (!person) {
      throw new ValidationFailed('No such demo user.', [
        { path: 'userId', message: 'Unknown user.' },
      ]);
    }
    const token = await deps.issuer.issue({
      tenantId,
      objectId: person.id,
      name: person.displayName,
      preferredUsername: person.email,
    });
    return {
      status: 200,
      headers: { 'Cache-Control': 'no-store' },
      jsonBody: { token, tokenType: 'Bearer', expiresIn: 3600, person },
    };
  });
}
