import { ValidationFailed } from '../kernel/errors';
import { newApprovalInputSchema, parseApprovalAction } from './approval-input';

const body = (overrides: Record<string, unknown> = {}) => ({
  kind: 'campaign-launch',
  title: 'Launch the winter promotion',
  approvers: [{ personId: 'p-1' }],
  dueAt: '2026-12-10T15:00:00Z',
  ...overrides,
});
const paths = (input: unknown): string[] => {
  const result = newApprovalInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.')).sort();
};

describe('the body of a new approval', () => {
  it('fills the defaults: sequential, one working day of SLA, no description', () => {
    expect(newApprovalInputSchema.parse(body())).toMatchObject({
      mode: 'sequential',
      slaMinutes: 480,
      description: '',
    });
  });

  it.each(['campaign-budget', 'spend-over-budget'])('needs an amount for %s', (kind) => {
    expect(paths(body({ kind }))).toEqual(['amount']);
    expect(paths(body({ kind, amount: { value: 1200.5, currency: 'EUR' } }))).toEqual([]);
  });

  it.each([
    [{ amount: { value: 0, currency: 'RUB' } }, 'amount.value'],
    [{ amount: { value: 10.005, currency: 'RUB' } }, 'amount.value'],
    [{ amount: { value: 10, currency: 'rub' } }, 'amount.currency'],
    [{ link: { requestId: 'r-1', campaignId: 'c-1' } }, 'link'],
    [{ link: { requestId: 'a/b' } }, 'link.requestId'],
    [{ approvers: [] }, 'approvers'],
    [{ approvers: [{ personId: 'p-1' }, { personId: 'p-1' }] }, 'approvers.1.personId'],
    [{ approvers: Array.from({ length: 11 }, (_, i) => ({ personId: `p-${i}` })) }, 'approvers'],
    [{ mode: 'majority' }, 'mode'],
    [{ dueAt: '2026-12-10T18:00:00+03:00' }, 'dueAt'],
    [{ slaMinutes: 0 }, 'slaMinutes'],
    [{ slaMinutes: 30.5 }, 'slaMinutes'],
    [{ title: '   ' }, 'title'],
    [{ requesterId: 'p-9' }, ''],
  ])('refuses %j at %s', (overrides, path) => {
    expect(paths(body(overrides))).toEqual([path]);
  });

  it('accepts a link to a request or to a campaign', () => {
    expect(paths(body({ link: { requestId: 'r-1' } }))).toEqual([]);
    expect(paths(body({ link: { campaignId: 'c-1' } }))).toEqual([]);
  });
});

describe('parseApprovalAction', () => {
  const issuesOf = (run: () => unknown) => {
    try {
      run();
    } catch (err) {
      if (err instanceof ValidationFailed) return err.issues.map((i) => i.path);
      throw err;
    }
    return 'parsed';
  };

  it('takes the action from the URL and the comment from the body', () => {
    expect(parseApprovalAction('approve', undefined)).toEqual({ action: 'approve' });
    expect(parseApprovalAction('reject', { comment: 'No budget left.' })).toEqual({
      action: 'reject',
      comment: 'No budget left.',
    });
  });

  it.each([
    ['escalate', {}, ['action']],
    ['approve', { action: 'reject' }, ['action']],
    ['approve', [], ['']],
    ['approve', 'yes', ['']],
    ['reject', {}, ['comment']],
    ['cancel', { reason: 'x' }, ['']],
  ])('refuses %s with %j at %j', (action, input, expected) => {
    expect(issuesOf(() => parseApprovalAction(action, input))).toEqual(expected);
  });
});
