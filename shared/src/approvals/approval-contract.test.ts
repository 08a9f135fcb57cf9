/**
 * The approval contract the tab and the API share: the answer parses with the whole trail, the
 * new-approval body is refused where the form must refuse it (the form checks with this very
 * schema), and the comment rule the decision form shows is the one of the bodies.
 */
import { approve, newApproval, play, reject } from './test-approvals';
import { awaitingApprovers } from './approval-outcome';
import {
  approvalCommentRequired,
  approvalDtoSchema,
  newApprovalInputSchema,
} from './approval-contract';

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

describe('the new-approval body', () => {
  const valid = {
    kind: 'campaign-budget',
    title: 'New Year gifts',
    description: '',
    amount: { value: 480000.5, currency: 'RUB' },
    mode: 'sequential',
    approvers: [{ personId: 'head-1' }, { personId: 'head-2' }],
    dueAt: '2026-12-11T15:00:00.000Z',
  };
  /** The input, and the fields refused (none when it is valid). */
  const cases: [string, object, string[]][] = [
    ['a valid budget', valid, []],
    ['a launch without an amount', { ...valid, kind: 'campaign-launch', amount: undefined }, []],
    ['a budget without an amount', { ...valid, amount: undefined }, ['amount']],
    [
      'an amount with fractions of a cent',
      { ...valid, amount: { value: 1.005, currency: 'RUB' } },
      ['amount'],
    ],
    ['a lower-case currency', { ...valid, amount: { value: 1, currency: 'rub' } }, ['amount']],
    ['a zero amount', { ...valid, amount: { value: 0, currency: 'RUB' } }, ['amount']],
    ['a blank title', { ...valid, title: '   ' }, ['title']],
    ['a title of 201 characters', { ...valid, title: 'x'.repeat(201) }, ['title']],
    [
      'a description of 4001 characters',
      { ...valid, description: 'x'.repeat(4001) },
      ['description'],
    ],
    ['no approvers', { ...valid, approvers: [] }, ['approvers']],
    [
      'eleven approvers',
      { ...valid, approvers: Array.from({ length: 11 }, (_, i) => ({ personId: `p${i}` })) },
      ['approvers'],
    ],
    [
      'an approver twice',
      { ...valid, approvers: [valid.approvers[0], valid.approvers[0]] },
      ['approvers'],
    ],
    ['a due instant with an offset', { ...valid, dueAt: '2026-12-11T18:00:00+03:00' }, ['dueAt']],
    ['an unknown mode', { ...valid, mode: 'majority' }, ['mode']],
    ['an unknown field', { ...valid, priority: 'high' }, ['']],
  ];

  it.each(cases)('refuses exactly the wrong fields of %s', (_, input, refused) => {
    const result = newApprovalInputSchema.safeParse(input);
    const paths = result.success
      ? []
      : [...new Set(result.error.issues.map((i) => String(i.path[0] ?? '')))].sort();
    expect(paths).toEqual(refused);
  });
});

describe('the decision bodies', () => {
  it('make a rejection say why, and leave the comment optional otherwise', () => {
    expect(approvalCommentRequired).toEqual({ approve: false, reject: true, cancel: false });
  });
});
