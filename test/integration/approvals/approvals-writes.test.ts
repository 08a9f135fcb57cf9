/**
 * Writes to /api/approvals that must not lose or duplicate anything: bad input that changes
 * nothing, idempotent asking, ETags and approvers deciding at once.
 */
import { errorPaths, expectProblem } from '../../fixtures/api-client';
import {
  type ApprovalsStack,
  DEMO,
  budgetApproval,
  startApprovalsStack,
} from '../../fixtures/approvals-stack';

let s: ApprovalsStack;
beforeAll(async () => {
  s = await startApprovalsStack('2026-12-07T06:00:00Z'); // Monday 09:00 in Moscow
});
afterAll(() => s.close());

const ask = async (by: string, approvers: string[], overrides: object = {}) => {
  const res = await s.ask(by, budgetApproval(approvers, overrides));
  if (res.status !== 201) throw new Error(`ask: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};
const mine = async (by: string, query = '') =>
  (await s.list(by, `box=mine&limit=200${query}`)).body.items.map((a) => a.id);

describe('asking with bad input', () => {
  it.each([
    [
      { approvers: [{ personId: 'nobody' }, { personId: DEMO.financeHead }] },
      ['approvers.0.personId'],
    ],
    [{ approvers: [{ personId: DEMO.logistician }] }, ['approvers.0.personId']],
    [{ amount: undefined }, ['amount']],
    [{ dueAt: '2026-12-01T00:00:00Z' }, ['dueAt']],
    [{ mode: 'majority', priority: 'high' }, ['', 'mode']],
    [{ link: { requestId: 'no-such-request' } }, ['link.requestId']],
  ])('%j is refused with 400 at %j, and nothing is stored', async (overrides, paths) => {
    const before = await mine(DEMO.logistician);
    const res = await s.ask(DEMO.logistician, budgetApproval([DEMO.financeHead], overrides));
    expect(errorPaths(expectProblem(res, 400, 'validation-failed'))).toEqual(paths);
    expect(await mine(DEMO.logistician)).toEqual(before);
  });

  it('refuses malformed JSON, a missing token and an unknown action', async () => {
    const token = await s.tokenFor(DEMO.marketer);
    const bad = await s.api.call('POST', '/api/approvals', {
      token,
      raw: '{"kind":',
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(bad, 400, 'validation-failed');
    const anonymous = await s.api.call('POST', '/api/approvals', {
      json: budgetApproval([DEMO.financeHead]),
    });
    expectProblem(anonymous, 401, 'unauthorized');
    const a = await ask(DEMO.marketer, [DEMO.financeHead]);
    const unknown = await s.act(DEMO.financeHead, a.id, 'escalate', {}, a.etag);
    expect(errorPaths(expectProblem(unknown, 400, 'validation-failed'))).toEqual(['action']);
  });
});

describe('idempotent asking', () => {
  it('answers a retry with the first approval, and a reused key with another body with 409', async () => {
    const body = budgetApproval([DEMO.financeHead], { title: 'Idempotent gifts' });
    const key = { 'idempotency-key': 'gifts-2026' };
    const first = await s.ask(DEMO.marketer2, body, key);
    const retry = await s.ask(DEMO.marketer2, body, key);
    expect([first.status, retry.status]).toEqual([201, 200]);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body.id).toBe(first.body.id);
    const other = await s.ask(DEMO.marketer2, { ...body, title: 'Other gifts' }, key);
    expectProblem(other, 409, 'conflict');
    expect((await mine(DEMO.marketer2)).filter((id) => id === first.body.id)).toHaveLength(1);
  });
});

describe('deciding with ETags', () => {
  it('needs If-Match (428), refuses a stale one (412) and writes nothing then', async () => {
    const a = await ask(DEMO.marketer, [DEMO.financeHead, DEMO.executive]);
    const missing = await s.act(DEMO.financeHead, a.id, 'approve', {}, undefined);
    expectProblem(missing, 428, 'precondition-required');
    const ok = await s.act(DEMO.financeHead, a.id, 'approve', {}, a.etag);
    expect(ok.status).toBe(200);
    const stale = await s.act(DEMO.executive, a.id, 'approve', {}, a.etag);
    expectProblem(stale, 412, 'precondition-failed');
    const after = (await s.get(DEMO.marketer, a.id)).body;
    expect([after.status, after.history.length, after.etag]).toEqual(['pending', 2, ok.body.etag]);
  });

  it.each([1, 2, 3])('round %i: of three approvers deciding at once exactly one wins', async () => {
    const people = [DEMO.marketingHead, DEMO.financeHead, DEMO.executive];
    const a = await ask(DEMO.marketer, people, { mode: 'any-of' });
    const results = await Promise.all(
      people.map((p) => s.act(p, a.id, 'approve', { comment: `yes from ${p}` }, a.etag)),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 412, 412]);
    const winner = people[results.findIndex((r) => r.status === 200)];
    const after = (await s.get(DEMO.marketer, a.id)).body;
    expect(after.decisions).toEqual([
      expect.objectContaining({ approverId: winner, decision: 'approve' }),
    ]);
    expect(after.status).toBe('approved');
  });
});
