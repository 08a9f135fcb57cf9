import { Unauthorized } from '@tandem/shared';
import { makeLocalTokenIssuer, makeLocalTokenValidator } from './local-token-issuer';
import { withValidationCache } from './cached-token-validator';
import type { TokenValidator } from './token-validator';

async function setup() {
  // jose checks exp/nbf with the real clock, so the cache's clock starts there too.
  let nowSec = Math.floor(Date.now() / 1000);
  const issuer = await makeLocalTokenIssuer({
    audience: 'aud',
    issuerBaseUrl: 'http://localhost/local-issuer',
    nowSeconds: () => nowSec,
  });
  const inner = makeLocalTokenValidator(issuer);
  let calls = 0;
  const counting: TokenValidator = {
    validate: async (h) => {
      calls++;
      return inner.validate(h);
    },
  };
  const cached = withValidationCache(counting, { nowMs: () => nowSec * 1000 });
  const token = await issuer.issue({ tenantId: 't1', objectId: 'p1', name: 'P' }, 600);
  return { cached, token, calls: () => calls, advance: (s: number) => (nowSec += s) };
}

describe('the token validation cache', () => {
  it('validates a token once and answers repeats from the cache', async () => {
    const s = await setup();
    for (let i = 0; i < 3; i++) {
      await expect(s.cached.validate(`Bearer ${s.token}`)).resolves.toMatchObject({
        objectId: 'p1',
      });
    }
    expect(s.calls()).toBe(1);
  });

  it('forgets a token at its expiry and asks the validator again', async () => {
    const s = await setup();
    await s.cached.validate(`Bearer ${s.token}`);
    s.advance(599);
    await s.cached.validate(`Bearer ${s.token}`);
    expect(s.calls()).toBe(1);
    s.advance(2); // past exp: the real validator decides again (and would refuse it then)
    await s.cached.validate(`Bearer ${s.token}`).catch(() => undefined);
    expect(s.calls()).toBe(2);
  });

  it('never caches a rejection', async () => {
    const s = await setup();
    await expect(s.cached.validate('Bearer nonsense')).rejects.toBeInstanceOf(Unauthorized);
    await expect(s.cached.validate('Bearer nonsense')).rejects.toBeInstanceOf(Unauthorized);
    expect(s.calls()).toBe(2);
  });
});
