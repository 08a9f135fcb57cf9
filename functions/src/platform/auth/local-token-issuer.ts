/**
 * Local mode sign-in: the local host generates an RS256 key pair at start and signs tokens shaped
 * like Entra ID v2 access tokens, so the production validator (same code, other keys and issuer)
 * checks them. The key lives only in memory: tokens die with the process.
 */
import { randomUUID } from 'node:crypto';
import {
  SignJWT,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from 'jose';
import type { AuthConfig } from '../../config';
import { makeTokenValidator, type TokenValidator } from './token-validator';

export interface LocalIdentity {
  readonly tenantId: string;
  readonly objectId: string;
  readonly name: string;
  readonly preferredUsername?: string;
}

export interface LocalTokenIssuer {
  /** `aud` of every issued token (the client id, as in Entra v2 tokens). */
  readonly audience: string;
  readonly jwks: JSONWebKeySet;
  readonly keys: JWTVerifyGetKey;
  readonly issuerForTenant: (tenantId: string) => string;
  issue(identity: LocalIdentity, ttlSeconds?: number): Promise<string>;
}

export interface LocalTokenIssuerOptions {
  readonly audience: string;
  /** Built like Entra's authority: `${issuerBaseUrl}/${tid}/v2.0`. */
  readonly issuerBaseUrl: string;
  /** For tests that need tokens from the past; defaults to the wall clock. */
  readonly nowSeconds?: () => number;
}

export async function makeLocalTokenIssuer(
  options: LocalTokenIssuerOptions,
): Promise<LocalTokenIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = randomUUID();
  const jwks: JSONWebKeySet = {
    keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }],
  };
  const base = options.issuerBaseUrl.replace(/\/+$/, '');
  const issuerForTenant = (tenantId: string) => `${base}/${tenantId}/v2.0`;
  const now = options.nowSeconds ?? (() => Math.floor(Date.now() / 1000));

  return {
    audience: options.audience,
    jwks,
    keys: createLocalJWKSet(jwks),
    issuerForTenant,
    async issue(identity, ttlSeconds = 3600) {
      const iat = now();
      return new SignJWT({
        tid: identity.tenantId,
        oid: identity.objectId,
        name: identity.name,
        preferred_username: identity.preferredUsername ?? `${identity.objectId}@local.tandem`,
        scp: 'access_as_user',
        ver: '2.0',
      })
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
        .setIssuer(issuerForTenant(identity.tenantId))
        .setAudience(options.audience)
        .setSubject(identity.objectId)
        .setIssuedAt(iat)
        .setNotBefore(iat)
        .setExpirationTime(iat + ttlSeconds)
        .sign(privateKey);
    },
  };
}

/** The validator of local mode: the production one, fed the local keys and issuer. */
export function makeLocalTokenValidator(
  issuer: LocalTokenIssuer,
  auth: Pick<AuthConfig, 'allowedTenantIds'> = {},
): TokenValidator {
  return makeTokenValidator({
    audience: issuer.audience,
    issuerForTenant: issuer.issuerForTenant,
    keys: issuer.keys,
    ...(auth.allowedTenantIds ? { allowedTenantIds: auth.allowedTenantIds } : {}),
  });
}
