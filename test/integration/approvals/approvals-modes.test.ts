/**
 * All-of and any-of approvals through HTTP, and cancelling: who decides, when it is settled and
 * what is left to do for the others.
 */
import { expectProblem } from '../../fixtures/api-client';
import {
  type ApprovalDto,
  type ApprovalsStack,
  DEMO,
  budgetApproval,
  startApprovalsStack,
} from '../../fixtures/approvals-stack';

let s: ApprovalsStack;
beforeAll(async () => {
  s = await startApprovalsStack('2026-12-02T08:15:00Z'); // Wednesday 11:15 in Moscow
});
afterAll(() => s.close());

const ask = async (approvers: string[], overrides: object = {}): Promise<ApprovalDto> => {
  const res = await s.ask(DEMO.marketer, budgetApproval(approvers, overrides));
  if (res.status !== 201) throw new Error(`ask: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};
const toDecide = async (personId: string): Promise<string[]> =>
  (await s.list(personId, 'box=to-decide&limit=200')).body.items.map((a) => a.id);

describe('all-of and any-of', () => {
  it('all-of: everyone approves, in any order, before it is approved', async () => {
    let a = await ask([DEMO.marketingHead, DEMO.financeHead, DEMO.executive], { mode: 'all-of' });
    for (const who of [DEMO.executive, DEMO.financeHead]) {
      expect(await toDecide(who)).toContain(a.id);
      a = (await s.act(who, a.id, 'approve', undefined, a.etag)).body;
      expect(a.status).toBe('pending');
    }
    expect(a.awaiting).toEqual([DEMO.marketingHead]);
    const last = await s.act(DEMO.marketingHead, a.id, 'approve', {}, a.etag);
    expect(last.body.status).toBe('approved');
  });

  it('all-of: one rejection rejects it, whatever the others decided', async () => {
    const a = await ask([DEMO.marketingHead, DEMO.financeHead], { mode: 'all-of' });
    const approved = (await s.act(DEMO.marketingHead, a.id, 'approve', {}, a.etag)).body;
    const res = await s.act(DEMO.financeHead, a.id, 'reject', { comment: 'No.' }, approved.etag);
    expect(res.body.status).toBe('rejected');
  });

  it('any-of: a rejection leaves it open, the first approval approves it', async () => {
    const a = await ask([DEMO.marketingHead, DEMO.financeHead, DEMO.executive], { mode: 'any-of' });
    const no = await s.act(DEMO.financeHead, a.id, 'reject', { comment: 'Not now.' }, a.etag);
    expect(no.body).toMatchObject({
      status: 'pending',
      awaiting: [DEMO.marketingHead, DEMO.executive],
    });
    const twice = await s.act(DEMO.financeHead, a.id, 'approve', {}, no.body.etag);
    expect(expectProblem(twice, 409, 'invalid-transition').detail).toMatch(/already decided/);
    const yes = await s.act(DEMO.executive, a.id, 'approve', {}, no.body.etag);
    expect(yes.body.status).toBe('approved');
    const late = await s.act(DEMO.marketingHead, a.id, 'approve', {}, yes.body.etag);
    expectProblem(late, 409, 'invalid-transition');
  });

  it('any-of: rejected only when every approver rejects', async () => {
    let a = await ask([DEMO.marketingHead, DEMO.financeHead], { mode: 'any-of' });
    a = (await s.act(DEMO.marketingHead, a.id, 'reject', { comment: 'No.' }, a.etag)).body;
    a = (await s.act(DEMO.financeHead, a.id, 'reject', { comment: 'No.' }, a.etag)).body;
    expect(a.status).toBe('rejected');
  });
});

describe('cancelling', () => {
  it('is for the requester while it is pending; afterwards nobody can decide', async () => {
    const a = await ask([DEMO.marketingHead, DEMO.financeHead]);
    expectProblem(await s.act(DEMO.marketingHead, a.id, 'cancel', {}, a.etag), 403, 'forbidden');
    const cancelled = await s.act(
      DEMO.marketer,
      a.id,
      'cancel',
      { comment: 'Plan changed.' },
      a.etag,
    );
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      awaiting: [],
      allowedDecisions: [],
    });
    expect(cancelled.body.history.at(-1)).toMatchObject({
      type: 'cancelled',
      comment: 'Plan changed.',
    });
    expect(await toDecide(DEMO.marketingHead)).not.toContain(a.id);
    const tooLate = await s.act(DEMO.marketingHead, a.id, 'approve', {}, cancelled.body.etag);
    expectProblem(tooLate, 409, 'invalid-transition');
  });
});
