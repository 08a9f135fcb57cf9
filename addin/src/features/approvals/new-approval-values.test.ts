import { newApprovalInputSchema } from '@tandem/shared/approvals';
import { emptyValues, fieldOf, parseAmount, toNewApprovalBody } from './new-approval-values';

const now = Date.parse('2026-03-03T07:00:00Z'); // Tuesday 10:00 in Moscow

describe('the new-approval form', () => {
  it('starts as a budget in sequence, due on Friday at 18:00 in the requester’s zone', () => {
    const values = emptyValues(now, 'Europe/Moscow', 'RUB');
    expect(values).toMatchObject({ kind: 'campaign-budget', mode: 'sequential', currency: 'RUB' });
    expect(values.due).toBe('2026-03-06T18:00');
    expect(toNewApprovalBody(values, 'Europe/Moscow').dueAt).toBe('2026-03-06T15:00:00.000Z');
  });

  it('reads amounts written with spaces and a decimal comma', () => {
    expect(parseAmount('480 000,50')).toBe(480000.5);
    expect(parseAmount('1\u00a0250')).toBe(1250);
    expect(parseAmount('12.5.1')).toBeNaN();
    expect(parseAmount('-5')).toBeNaN();
  });

  it('makes a body the schema accepts, approvers in the order chosen', () => {
    const body = toNewApprovalBody(
      {
        ...emptyValues(now, 'Europe/Moscow', 'RUB'),
        title: 'Gifts',
        amount: '480 000',
        approverIds: ['b', 'a'],
      },
      'Europe/Moscow',
    );
    expect(body).toMatchObject({
      amount: { value: 480000, currency: 'RUB' },
      approvers: [{ personId: 'b' }, { personId: 'a' }],
    });
    expect(newApprovalInputSchema.safeParse(body).success).toBe(true);
  });

  it('leaves a blank amount out and lets the schema say a budget needs one', () => {
    const body = toNewApprovalBody(
      { ...emptyValues(now, 'Europe/Moscow', 'RUB'), title: 'Gifts', approverIds: ['a'] },
      'Europe/Moscow',
    );
    expect('amount' in body).toBe(false);
    const result = newApprovalInputSchema.safeParse(body);
    expect(result.success ? [] : result.error.issues.map((i) => fieldOf(i.path.join('.')))).toEqual(
      ['amount'],
    );
  });

  it('sends a due time that is not a date-time as typed, for the schema to refuse', () => {
    const values = { ...emptyValues(now, 'Europe/Moscow', 'RUB'), due: '' };
    const result = newApprovalInputSchema.safeParse(toNewApprovalBody(values, 'Europe/Moscow'));
    expect(result.success).toBe(false);
    expect(fieldOf('dueAt')).toBe('due');
    expect(fieldOf('approvers.1.personId')).toBe('approvers');
  });
});
