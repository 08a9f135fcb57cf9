/**
 * Sign-in through HTTP: every kind of bad token gets 401 problem+json with WWW-Authenticate and
 * writes nothing; a valid token of someone not in the directory gets 403.
 */
import type * as Jose from 'jose';
import { DEMO, DEMO_TENANT_ID } from '../../../functions/src/platform/local/demo-directory';
import { expectProblem } from '../../fixtures/api-client';
import {
  PEOPLE,
  type RequestsClient,
  makeRequestsClient,
  newRequestBody,
} from '../../fixtures/api-requests';
import { type ApiStack, startApiStack } from '../../fixtures/api-stack';
import { type BadToken, badTokenReasons, makeTokenCrafter } from '../../fixtures/crafted-tokens';
import { OTHER_TENANT_ID, seedOtherTenant } from '../../fixtures/other-tenant';

// The local issuer keeps its private key to itself; recording the key pair it generates lets
// this file sign tokens with the stack's own key that are wrong in one claim only.
const mockKeyPairs: Jose.GenerateKeyPairResult[] = [];
jest.mock('jose', () => {
  const actual = jest.requireActual<typeof Jose>('jose');
  return {
    ...actual,
    generateKeyPair: async (...args: Parameters<typeof actual.generateKeyPair>) => {
      const pair = await actual.generateKeyPair(...args);
      mockKeyPairs.push(pair);
      return pair;
    },
  };
});

let s: ApiStack;
let requests: RequestsClient;
let crafter: ReturnType<typeof makeTokenCrafter>;
beforeAll(async () => {
  s = await startApiStack('2026-12-04T09:30:00Z');
  requests = makeRequestsClient(s);
  const kid = s.stack.issuer.jwks.keys[0]?.kid;
  if (mockKeyPairs.length !== 1 || !kid) throw new Error('expected one issuer key');
  crafter = makeTokenCrafter(s.stack.issuer, { privateKey: mockKeyPairs[0]!.privateKey, kid });
  await seedOtherTenant(s);
});
afterAll(() => s.close());

const outbox = async () =>
  (await requests.listAll(PEOPLE.requester, 'box=outbox&limit=200')).length;

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function expectUnauthorized(headers: Record<string, string>): Promise<void> {
  const read = await s.api.call('GET', '/api/me', { headers });
  expectProblem(read, 401, 'unauthorized');
  expect(read.headers.get('www-authenticate')).toMatch(/^Bearer/);
  const write = await s.api.call('POST', '/api/requests', { headers, json: newRequestBody() });
  expectProblem(write, 401, 'unauthorized');
  expect(write.headers.get('www-authenticate')).toMatch(/^Bearer/);
}

describe('tokens', () => {
  it('accepts a token crafted like the bad ones but correct (the control)', async () => {
    const token = await crafter.validToken(DEMO_TENANT_ID, PEOPLE.requester);
    const me = await s.api.call<{ person: { id: string } }>('GET', '/api/me', { token });
    expect(me.status).toBe(200);
    expect(me.body.person.id).toBe(PEOPLE.requester);
  });

  it('refuses a missing header and other schemes with 401', async () => {
    const before = await outbox();
    await expectUnauthorized({});
    await expectUnauthorized({ authorization: 'Basic bWU6cGFzcw==' });
    await expectUnauthorized({ authorization: 'Bearer' });
    expect(await outbox()).toBe(before);
  });

  it('refuses a token the local issuer made that has expired', async () => {
    const expired = await s.stack.issuer.issue(
      { tenantId: DEMO_TENANT_ID, objectId: PEOPLE.requester, name: 'Ivan' },
      -3600,
    );
    await expectUnauthorized(bearer(expired));
  });

  describe('wrong in one way', () => {
    let tokens: Record<BadToken, string>;
    let before: number;
    beforeAll(async () => {
      tokens = await crafter.badTokens(DEMO_TENANT_ID, PEOPLE.requester);
      before = await outbox();
    });
    afterAll(async () => expect(await outbox()).toBe(before));

    it.each(Object.keys(badTokenReasons) as BadToken[])(
      '%s → 401, for that reason',
      async (what) => {
        await expectUnauthorized(bearer(tokens[what]));
        const res = await s.api.call('GET', '/api/me', { headers: bearer(tokens[what]) });
        expect(expectProblem(res, 401, 'unauthorized').detail).toMatch(badTokenReasons[what]);
      },
    );
  });

  it('answers 403 to a valid token of someone not in the directory', async () => {
    for (const [tenantId, objectId] of [
      [DEMO_TENANT_ID, 'ffffffff-0000-4000-a000-000000000999'],
      [OTHER_TENANT_ID, DEMO.salesHead],
      ['c0c0c0c0-0000-4000-8000-000000000000', PEOPLE.requester],
    ] as const) {
      const token = await s.tokenFor(objectId, tenantId);
      expectProblem(await s.api.call('GET', '/api/me', { token }), 403, 'forbidden');
      const res = await s.api.call('POST', '/api/requests', { token, json: newRequestBody() });
      expectProblem(res, 403, 'forbidden');
    }
  });
});
