/**
 * Production sign-in: Entra ID (Azure AD) v2 access tokens of any tenant that consented to the
 * app (multi-tenant), checked against Microsoft's published signing keys. The API app
 * registration must set `accessTokenAcceptedVersion: 2` so that tokens carry the v2 issuer.
 */
import { createRemoteJWKSet } from 'jose';
import type { AuthConfig } from '../../config';
import { makeTokenValidator, type TokenValidator } from './token-validator';

export const ENTRA_JWKS_URL = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';

export function entraIssuerForTenant(tenantId: string): string {
  return `https://login.microsoftonline.com/${tenantId}/v2.0`;
}

export function makeEntraTokenValidator(auth: AuthConfig): TokenValidator {
  return makeTokenValidator({
    audience: [auth.audience, auth.clientId],
    issuerForTenant: entraIssuerForTenant,
    // Cached by jose, refetched on an unknown `kid` (Entra rolls its keys).
    keys: createRemoteJWKSet(new URL(ENTRA_JWKS_URL)),
    ...(auth.allowedTenantIds ? { allowedTenantIds: auth.allowedTenantIds } : {}),
  });
}
