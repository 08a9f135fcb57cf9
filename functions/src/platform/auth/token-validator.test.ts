import {
  SignJWT,
  base64url,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { Unauthorized } from '@tandem/shared';
import { makeTokenValidator, type TokenValidator } from './token-validator';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OTHER_TENANT = 'd1c0a0b5-9f5e-4a43-9d86-1a8a0e1c4b21';
const CLIENT_ID = '6f1c2b1e-0c53-4f57-9a3e-0d7d6a9a2f10';
const issuerFor = (tid: string) => `https://login.microsoftonline.com/${tid}/v2.0`;

type Key = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
let signingKey: Key;
let strangerKey: Key;
let keys: JWTVerifyGetKey;
let validator: TokenValidator;
const KID = 'test-key-1';
const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  keys = createLocalJWKSet({
    keys: [{ ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'RS256' }],
  });
  validator = makeTokenValidator({
    audience: ['api://tandem.example.com', CLIENT_ID],
    issuerForTenant: issuerFor,
    keys,
    clockToleranceSec: 30,
  });
});

function claims(overrides: JWTPayload = {}): JWTPayload {
  const iat = now();
  return {
    aud: CLIENT_ID,
    iss: issuerFor(TENANT),
    tid: TENANT,
    oid: '00000000-0000-0000-0000-0000000000a1',
    name: 'Anna Petrova',
    iat,
    nbf: iat,
    exp: iat + 600,
    ver: '2.0',
    ...overrides,
  };
}

function sign(payload: JWTPayload, key: Key = signingKey): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: KID }).sign(key);
}

const bearer = (token: string) => `Bearer ${token}`;

async function rejection(header: string | undefined, v = validator): Promise<string> {
  try {
    await v.validate(header);
  } catch (err) {
    expect(err).toBeInstanceOf(Unauthorized);
    return (err as Error).message;
  }
  throw new Error('expected the token to be rejected');
}

describe('makeTokenValidator', () => {
  it('accepts a valid token and returns tenant, object id and name', async () => {
    await expect(validator.validate(bearer(await sign(claims())))).resolves.toEqual({
      tenantId: TENANT,
      objectId: '00000000-0000-0000-0000-0000000000a1',
      name: 'Anna Petrova',
    });
  });

  it('accepts the app id URI audience and a lower-case scheme', async () => {
    const token = await sign(claims({ aud: 'api://tandem.example.com' }));
    await expect(validator.validate(`bearer ${token}`)).resolves.toMatchObject({
      tenantId: TENANT,
    });
  });

  it('accepts a token a few seconds past expiry (clock tolerance)', async () => {
    const token = await sign(claims({ exp: now() - 10 }));
    await expect(validator.validate(bearer(token))).resolves.toMatchObject({ tenantId: TENANT });
  });

  it('rejects a missing header', async () => {
    expect(await rejection(undefined)).toMatch(/Authorization header is missing/);
    expect(await rejection('')).toMatch(/Authorization header is missing/);
  });

  it('rejects a scheme other than Bearer', async () => {
    expect(await rejection('Basic dXNlcjpwYXNz')).toMatch(/must be "Bearer <token>"/);
    expect(await rejection('Bearer')).toMatch(/must be "Bearer <token>"/);
  });

  it('rejects a malformed token', async () => {
    expect(await rejection('Bearer not.a-jwt')).toMatch(/malformed/);
    expect(await rejection('Bearer abc')).toMatch(/malformed/);
  });

  it('rejects an unsigned token (alg: none)', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    const payload = base64url.encode(JSON.stringify(claims()));
    expect(await rejection(bearer(`${header}.${payload}.`))).toMatch(/accepted algorithm/);
  });

  it('rejects a signed token whose signature was stripped', async () => {
    const [header, payload] = (await sign(claims())).split('.');
    expect(await rejection(bearer(`${header}.${payload}.`))).toMatch(/signature is invalid/);
  });

  it('rejects an HS256 token (algorithm confusion)', async () => {
    const token = await new SignJWT(claims())
      .setProtectedHeader({ alg: 'HS256', kid: KID })
      .sign(new TextEncoder().encode('a-shared-secret-of-32-bytes-long!'));
    expect(await rejection(bearer(token))).toMatch(/accepted algorithm/);
  });

  it('rejects a bad signature', async () => {
    expect(await rejection(bearer(await sign(claims(), strangerKey)))).toMatch(
      /signature is invalid/,
    );
  });

  it('rejects a tampered payload', async () => {
    const [header, , signature] = (await sign(claims())).split('.');
    const forged = base64url.encode(JSON.stringify(claims({ oid: 'someone-else' })));
    expect(await rejection(bearer(`${header}.${forged}.${signature}`))).toMatch(
      /signature is invalid/,
    );
  });

  it('rejects a key id it does not know', async () => {
    const token = await new SignJWT(claims())
      .setProtectedHeader({ alg: 'RS256', kid: 'unknown' })
      .sign(signingKey);
    expect(await rejection(bearer(token))).toMatch(/unknown key/);
  });

  it('rejects an expired token', async () => {
    const token = await sign(claims({ iat: now() - 7200, nbf: now() - 7200, exp: now() - 3600 }));
    expect(await rejection(bearer(token))).toBe('The token has expired.');
  });

  it('rejects a token not valid yet and one without exp', async () => {
    expect(await rejection(bearer(await sign(claims({ nbf: now() + 3600 }))))).toMatch(
      /not valid yet/,
    );
    const { exp: _exp, ...withoutExp } = claims();
    expect(await rejection(bearer(await sign(withoutExp)))).toMatch(/"exp"/);
  });

  it('rejects the wrong audience', async () => {
    const token = await sign(claims({ aud: 'https://graph.microsoft.com' }));
    expect(await rejection(bearer(token))).toBe('The token was issued for another audience.');
  });

  it('rejects the wrong issuer, also the issuer of another tenant', async () => {
    const v1 = await sign(claims({ iss: `https://sts.windows.net/${TENANT}/` }));
    expect(await rejection(bearer(v1))).toBe('The token was issued by an unexpected issuer.');
    const crossTenant = await sign(claims({ iss: issuerFor(OTHER_TENANT) }));
    expect(await rejection(bearer(crossTenant))).toMatch(/unexpected issuer/);
  });

  it('rejects a missing or unsafe tid and a missing oid', async () => {
    expect(await rejection(bearer(await sign(claims({ tid: undefined }))))).toMatch(/\(tid\)/);
    expect(await rejection(bearer(await sign(claims({ tid: 'a/../b' }))))).toMatch(/\(tid\)/);
    expect(await rejection(bearer(await sign(claims({ oid: undefined }))))).toMatch(/\(oid\)/);
  });

  it('rejects a tenant that is not allowed', async () => {
    const restricted = makeTokenValidator({
      audience: CLIENT_ID,
      issuerForTenant: issuerFor,
      keys,
      allowedTenantIds: [OTHER_TENANT],
    });
    expect(await rejection(bearer(await sign(claims())), restricted)).toBe(
      `Tenant ${TENANT} is not allowed to use this app.`,
    );
  });

  it('treats an unreachable key set as a server failure, not a 401', async () => {
    const broken = makeTokenValidator({
      audience: CLIENT_ID,
      issuerForTenant: issuerFor,
      keys: async () => {
        throw new Error('getaddrinfo ENOTFOUND login.microsoftonline.com');
      },
    });
    const failure = broken.validate(bearer(await sign(claims())));
    await expect(failure).rejects.not.toBeInstanceOf(Unauthorized);
    await expect(failure).rejects.toThrow(/could not complete: getaddrinfo ENOTFOUND/);
  });
});
