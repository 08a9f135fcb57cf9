/**
 * A person's decision never fails because the SLA sweep ran: the sweep records its alerts in the
 * same approval document (changing its store ETag, not the version people act on), and a
 * decision that loses that race is retried on a fresh copy. Here, against the real Cosmos API
 * server, decisions are sent while two sweeps record the alerts of the very same approval, round
 * after round; every decision succeeds and no sweep fails. (Whether a round interleaves is up to
 * the scheduler; sweep-approval-alerts.test.ts forces the interleaving deterministically.)
 */
import {
  type ApprovalsStack,
  DEMO,
  budgetApproval,
  startApprovalsStack,
} from '../../fixtures/approvals-stack';

let s: ApprovalsStack;
beforeAll(async () => {
  s = await startApprovalsStack('2026-12-01T07:00:00Z'); // Tuesday 10:00 in Moscow
});
afterAll(() => s.close());

/** Working days at 10:05 in Moscow: each approval is asked on one and overdue on the next. */
const DAYS = ['01', '02', '03', '04', '07', '08', '09', '10', '11'].map(
  (d) => `2026-12-${d}T07:05:00Z`,
);

it('lets every decision through while sweeps write the same approval', async () => {
  for (let i = 0; i + 1 < DAYS.length; i++) {
    s.clock.set(DAYS[i]!);
    const asked = await s.ask(
      DEMO.marketer,
      budgetApproval([DEMO.marketingHead], { dueAt: '2026-12-31T15:00:00Z' }),
    );
    expect(asked.status).toBe(201);
    s.clock.set(DAYS[i + 1]!); // past the approval's own SLA: the sweep has alerts to record
    const [first, second, decision] = await Promise.all([
      s.stack.app.sweep(),
      s.stack.app.sweep(),
      s.act(DEMO.marketingHead, asked.body.id, 'approve', {}, asked.body.etag),
    ]);
    expect(decision.status).toBe(200);
    expect(decision.body.status).toBe('approved');
    expect(first.approvals.failed + second.approvals.failed).toBe(0);
    const after = await s.get(DEMO.marketer, asked.body.id);
    expect(after.body.status).toBe('approved');
  }
});
