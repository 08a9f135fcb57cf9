import { decodeJwt, decodeProtectedHeader } from 'jose';
import { Unauthorized } from '@tandem/shared';
import { makeLocalTokenIssuer, makeLocalTokenValidator } from './local-token-issuer';

const anna = { tenantId: 'tenant-demo', objectId: 'p-anna', name: 'Anna Petrova' };

describe('makeLocalTokenIssuer', () => {
  it('issues RS256 tokens with the claims of an Entra v2 access token', async () => {
    const issuer = await makeLocalTokenIssuer({
      audience: 'client-id',
      issuerBaseUrl: 'http://localhost:7071/local-login/',
      nowSeconds: () => 1_736_150_400,
    });
    const token = await issuer.issue(anna, 900);
    expect(decodeProtectedHeader(token)).toEqual({
      alg: 'RS256',
      typ: 'JWT',
      kid: issuer.jwks.keys[0]?.kid,
    });
    expect(decodeJwt(token)).toEqual({
      aud: 'client-id',
      iss: 'http://localhost:7071/local-login/tenant-demo/v2.0',
      tid: 'tenant-demo',
      oid: 'p-anna',
      sub: 'p-anna',
      name: 'Anna Petrova',
      preferred_username: 'p-anna@local.tandem',
      scp: 'access_as_user',
      ver: '2.0',
      iat: 1_736_150_400,
      nbf: 1_736_150_400,
      exp: 1_736_151_300,
    });
  });

  it('publishes only the public key', async () => {
    const issuer = await makeLocalTokenIssuer({ audience: 'a', issuerBaseUrl: 'http://x' });
    const [key] = issuer.jwks.keys;
    expect(key).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(key).not.toHaveProperty('d');
  });

  it('produces tokens the shared validator accepts', async () => {
    const issuer = await makeLocalTokenIssuer({ audience: 'client-id', issuerBaseUrl: 'http://x' });
    const validator = makeLocalTokenValidator(issuer);
    await expect(validator.validate(`Bearer ${await issuer.issue(anna)}`)).resolves.toEqual({
      tenantId: 'tenant-demo',
      objectId: 'p-anna',
      name: 'Anna Petrova',
    });
  });

  it('is rejected by another instance (a restart invalidates old tokens)', async () => {
    const before = await makeLocalTokenIssuer({ audience: 'client-id', issuerBaseUrl: 'http://x' });
    const after = await makeLocalTokenIssuer({ audience: 'client-id', issuerBaseUrl: 'http://x' });
    const token = await before.issue(anna);
    await expect(makeLocalTokenValidator(after).validate(`Bearer ${token}`)).rejects.toThrow(
      Unauthorized,
    );
  });

  it('expires tokens after their ttl and honours the allowed tenants', async () => {
    let clock = 1_736_150_400;
    const issuer = await makeLocalTokenIssuer({
      audience: 'client-id',
      issuerBaseUrl: 'http://x',
      nowSeconds: () => clock,
    });
    const expired = await issuer.issue(anna, 60);
    clock = Math.floor(Date.now() / 1000);
    await expect(makeLocalTokenValidator(issuer).validate(`Bearer ${expired}`)).rejects.toThrow(
      'The token has expired.',
    );
    const fresh = await issuer.issue(anna);
    const restricted = makeLocalTokenValidator(issuer, { allowedTenantIds: ['tenant-other'] });
    await expect(restricted.validate(`Bearer ${fresh}`)).rejects.toThrow(/not allowed/);
  });
});
