/**
 * The tab's approval schemas against the server's rules. The shared domain is imported from its
 * source (tests only: the bundle keeps to `@tandem/shared/browser`), so this typechecks without
 * a build; the browser tests then parse every live answer of the API through these schemas.
 */
import {
  approve,
  newApproval,
  play,
  reject,
} from '../../../../shared/src/approvals/test-approvals';
import { newApprovalInputSchema } from '../../../../shared/src/approvals/approval-input';
import { awaitingApprovers } from '../../../../shared/src/approvals/approval-outcome';
import { approvalDtoSchema, newApprovalBodySchema } from './approvals-schemas';

/** The aggregate as the API answers it: the stored approval plus the per-viewer fields. */
const asDto = (approval: ReturnType<typeof newApproval>) =>
  JSON.parse(
    JSON.stringify({
      ...approval,
      etag: `"${approval.history.length}-x"`,
      sla: {
        state: 'on_track',
        dueAt: approval.dueAt,
        targetMinutes: 480,
        elapsedMinutes: 30,
        remainingMinutes: 450,
        percentUsed: 6.25,
        calendarId: approval.sla.calendarId,
      },
      overdue: false,
      awaiting: awaitingApprovers(approval),
      allowedDecisions: [],
    }),
  ) as unknown;

describe('the approval the API answers', () => {
  it('parses pending, decided with comments, and rejected, with the whole trail', () => {
    const asked = newApproval('sequential', ['mona', 'eve']);
    expect(approvalDtoSchema.parse(asDto(asked))).toMatchObject({ status: 'pending' });
    const decided = play(asked, [
      ['mona', { ...approve, comment: 'Within the plan.' }],
      ['eve', reject],
    ]);
    const parsed = approvalDtoSchema.parse(asDto(decided));
    expect(parsed.status).toBe('rejected');
    expect(parsed.history.map((e) => [e.type, e.comment])).toEqual([
      ['created', undefined],
      ['approved', 'Within the plan.'],
      ['rejected', 'Too expensive.'],
    ]);
    expect(parsed.decisions.map((d) => d.decision)).toEqual(['approve', 'reject']);
    expect(parsed.amount).toEqual({ value: 250000, currency: 'RUB' });
  });
});

describe('the new-approval form schema', () => {
  const valid = {
    kind: 'campaign-budget',
    title: 'New Year gifts',
    description: '',
    amount: { value: 480000.5, currency: 'RUB' },
    mode: 'sequential',
    approvers: [{ personId: 'head-1' }, { personId: 'head-2' }],
    dueAt: '2026-12-11T15:00:00.000Z',
  };
  const cases: [string, object][] = [
    ['a valid budget', valid],
    ['a launch without an amount', { ...valid, kind: 'campaign-launch', amount: undefined }],
    ['a budget without an amount', { ...valid, amount: undefined }],
    ['an amount with fractions of a cent', { ...valid, amount: { value: 1.005, currency: 'RUB' } }],
    ['a lower-case currency', { ...valid, amount: { value: 1, currency: 'rub' } }],
    ['a zero amount', { ...valid, amount: { value: 0, currency: 'RUB' } }],
    ['a blank title', { ...valid, title: '   ' }],
    ['a title of 201 characters', { ...valid, title: 'x'.repeat(201) }],
    ['a description of 4001 characters', { ...valid, description: 'x'.repeat(4001) }],
    ['no approvers', { ...valid, approvers: [] }],
    [
      'eleven approvers',
      { ...valid, approvers: Array.from({ length: 11 }, (_, i) => ({ personId: `p${i}` })) },
    ],
    ['an approver twice', { ...valid, approvers: [valid.approvers[0], valid.approvers[0]] }],
    ['a due instant with an offset', { ...valid, dueAt: '2026-12-11T18:00:00+03:00' }],
    ['an unknown mode', { ...valid, mode: 'majority' }],
    ['an unknown field', { ...valid, priority: 'high' }],
  ];

  it.each(cases)('agrees with the server on %s', (_, input) => {
    const server = newApprovalInputSchema.safeParse(input);
    const tab = newApprovalBodySchema.safeParse(input);
    expect(tab.success).toBe(server.success);
    if (!tab.success && !server.success) {
      const paths = (issues: readonly { path: PropertyKey[] }[]) =>
        [...new Set(issues.map((i) => String(i.path[0] ?? '')))].sort();
      expect(paths(tab.error.issues)).toEqual(paths(server.error.issues));
    }
  });
});
