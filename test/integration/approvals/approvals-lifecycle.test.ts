/**
 * The approval the issue asks for, through HTTP as people use it: a sequential two-level
 * approval with one rejection, each person's boxes on the way and the trail everyone sees.
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
  s = await startApprovalsStack('2026-12-02T08:15:00Z'); // Wednesday 11:15 in Moscow
});
afterAll(() => s.close());

const toDecide = async (personId: string): Promise<string[]> =>
  (await s.list(personId, 'box=to-decide&limit=200')).body.items.map((a) => a.id);

describe('a sequential two-level approval with one rejection', () => {
  it('goes to the Marketing head, then the Finance head, who rejects it with a reason', async () => {
    const asked = await s.ask(
      DEMO.marketer,
      budgetApproval([DEMO.marketingHead, DEMO.financeHead]),
    );
    expect(asked.status).toBe(201);
    const { id } = asked.body;
    expect(asked.headers.get('location')).toBe(`/api/approvals/${id}`);
    expect(asked.headers.get('etag')).toBe(asked.body.etag);
    // 480 business minutes from Wednesday 11:15: 345 on Wednesday, 135 on Thursday → 11:15.
    expect(asked.body).toMatchObject({
      status: 'pending',
      mode: 'sequential',
      awaiting: [DEMO.marketingHead],
      allowedDecisions: ['cancel'],
      sla: { state: 'on_track', targetMinutes: 480, calendarId: 'moscow-ho' },
    });
    expect(asked.body.sla.dueAt).toBe('2026-12-03T08:15:00.000Z');
    expect(await toDecide(DEMO.marketingHead)).toContain(id);
    expect(await toDecide(DEMO.financeHead)).not.toContain(id);

    const early = await s.act(DEMO.financeHead, id, 'approve', {}, asked.body.etag);
    expect(expectProblem(early, 403, 'forbidden').detail).toMatch(/before you/);

    s.clock.advanceMinutes(30);
    const first = await s.act(
      DEMO.marketingHead,
      id,
      'approve',
      { comment: 'Within the Q4 plan.' },
      asked.body.etag,
    );
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'pending', awaiting: [DEMO.financeHead] });
    expect(await toDecide(DEMO.marketingHead)).not.toContain(id);
    expect(await toDecide(DEMO.financeHead)).toContain(id);
    const asFinance = await s.get(DEMO.financeHead, id);
    expect(asFinance.body.allowedDecisions).toEqual(['approve', 'reject']);

    const noReason = await s.act(DEMO.financeHead, id, 'reject', {}, first.body.etag);
    expect(errorPaths(expectProblem(noReason, 400, 'validation-failed'))).toEqual(['comment']);

    s.clock.advanceMinutes(60);
    const reason = 'Over the Q4 budget by 80 000 RUB.';
    const rejected = await s.act(
      DEMO.financeHead,
      id,
      'reject',
      { comment: reason },
      first.body.etag,
    );
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      awaiting: [],
      allowedDecisions: [],
      sla: { state: 'met', elapsedMinutes: 90 },
    });

    const seen = (await s.get(DEMO.marketer, id)).body;
    expect(seen.history.map((e) => [e.type, e.actorId, e.from, e.to, e.comment])).toEqual([
      ['created', DEMO.marketer, null, 'pending', undefined],
      ['approved', DEMO.marketingHead, 'pending', 'pending', 'Within the Q4 plan.'],
      ['rejected', DEMO.financeHead, 'pending', 'rejected', reason],
    ]);
    expect(seen.decisions).toEqual([
      {
        approverId: DEMO.marketingHead,
        decision: 'approve',
        comment: 'Within the Q4 plan.',
        at: '2026-12-02T08:45:00.000Z',
        timeZone: 'Europe/Moscow',
      },
      {
        approverId: DEMO.financeHead,
        decision: 'reject',
        comment: reason,
        at: '2026-12-02T09:45:00.000Z',
        timeZone: 'Europe/Moscow',
      },
    ]);
    expectProblem(
      await s.act(DEMO.marketer, id, 'cancel', {}, seen.etag),
      409,
      'invalid-transition',
    );
    expectProblem(
      await s.act(DEMO.marketingHead, id, 'reject', { comment: 'x' }, seen.etag),
      409,
      'invalid-transition',
    );
  });
});
