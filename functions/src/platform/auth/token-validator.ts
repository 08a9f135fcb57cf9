/**
 * Bearer token validation, one code path for production (Entra ID v2 access tokens) and local
 * mode (tokens of the local issuer): only the key source and the issuer pattern differ.
 */
import { decodeJwt, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { Unauthorized } from '@tandem/shared';

export interface Caller {
  readonly tenantId: string;
  readonly objectId: string;
  readonly name?: string;
}

export interface TokenValidatorOptions {
  /** Accepted `aud` values: Entra v2 tokens carry the client id, v1-style requests the app id URI. */
  readonly audience: string | readonly string[];
  /** The issuer a token of this tenant must carry (multi-tenant apps cannot fix one issuer). */
  readonly issuerForTenant: (tenantId: string) => string;
  readonly keys: JWTVerifyGetKey;
  readonly allowedTenantIds?: readonly string[];
  /** Clock skew allowed for exp/nbf, in seconds. */
  readonly clockToleranceSec?: number;
}

export interface TokenValidator {
  validate(authorizationHeader?: string | null): Promise<Caller>;
}

/** Same rule as the domain's ids; also keeps a hostile `tid` from reshaping the issuer URL. */
const SAFE_ID = /^[^/\\?#\s]{1,128}$/;

export function makeTokenValidator(options: TokenValidatorOptions): TokenValidator {
  const audience = typeof options.audience === 'string' ? options.audience : [...options.audience];
  const allowed = options.allowedTenantIds ? new Set(options.allowedTenantIds) : undefined;
  const clockTolerance = options.clockToleranceSec ?? 60;

  return {
    async validate(header) {
      const token = bearerToken(header);
      const unverified = decodeOrReject(token);
      const tenantId = unverified.tid;
      if (typeof tenantId !== 'string' || !SAFE_ID.test(tenantId)) {
        throw new Unauthorized('The token has no valid tenant (tid) claim.');
      }
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, options.keys, {
          algorithms: ['RS256'],
          audience,
          issuer: options.issuerForTenant(tenantId),
          clockTolerance,
          requiredClaims: ['exp', 'iss', 'aud'],
        }));
      } catch (err) {
        throw toUnauthorized(err);
      }
      const { oid, name } = payload;
      if (typeof oid !== 'string' || !SAFE_ID.test(oid)) {
        throw new Unauthorized('The token has no valid object id (oid) claim.');
      }
      if (allowed && !allowed.has(tenantId)) {
        throw new Unauthorized(`Tenant ${tenantId} is not allowed to use this app.`);
      }
      return { tenantId, objectId: oid, ...(typeof name === 'string' ? { name } : {}) };
    },
  };
}

function bearerToken(header: string | null | undefined): string {
  if (!header) throw new Unauthorized('Sign in: the Authorization header is missing.');
  const match = /^Bearer +(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw new Unauthorized('The Authorization header must be "Bearer <token>".');
  return match[1];
}

function decodeOrReject(token: string): JWTPayload {
  try {
    return decodeJwt(token);
  } catch {
    throw new Unauthorized('The bearer token is malformed.');
  }
}

function toUnauthorized(err: unknown): Error {
  if (err instanceof errors.JWTExpired) return new Unauthorized('The token has expired.');
  if (err instanceof errors.JWTClaimValidationFailed) {
    switch (err.claim) {
      case 'aud':
        return new Unauthorized('The token was issued for another audience.');
      case 'iss':
        return new Unauthorized('The token was issued by an unexpected issuer.');
      case 'nbf':
        return new Unauthorized('The token is not valid yet.');
      default:
        return new Unauthorized(`The token's "${err.claim}" claim is invalid.`);
    }
  }
  if (err instanceof errors.JOSEAlgNotAllowed || err instanceof errors.JOSENotSupported) {
    return new Unauthorized('The token is not signed with an accepted algorithm (RS256).');
  }
  if (err instanceof errors.JWSSignatureVerificationFailed) {
    return new Unauthorized('The token signature is invalid.');
  }
  if (err instanceof errors.JWKSNoMatchingKey) {
    return new Unauthorized('The token is signed with an unknown key.');
  }
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid) {
    return new Unauthorized('The bearer token is malformed.');
  }
  // Anything else (key set unreachable, timeouts) is our failure, not the caller's: not a 401.
  const reason = err instanceof Error ? err.message : String(err);
  return new Error(`Token validation could not complete: ${reason}`, { cause: err });
}
