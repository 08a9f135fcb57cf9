import { resolvePolicy } from './resolve-policy';

const policy = (id: string, requestTypeId: string, priority: string, departmentId: string) => ({
  id,
  requestTypeId,
  priority,
  departmentId,
});

const policies = [
  policy('fallback', '*', '*', '*'),
  policy('urgent-anything', '*', 'urgent', '*'),
  policy('stock-check', 'stock-check', '*', '*'),
  policy('stock-check-urgent', 'stock-check', 'urgent', '*'),
  policy('marketing', '*', '*', 'marketing'),
  policy('marketing-urgent', '*', 'urgent', 'marketing'),
];

const pick = (requestTypeId: string, priority: string, departmentId: string): string | undefined =>
  resolvePolicy(policies, { requestTypeId, priority, departmentId })?.id;

describe('resolvePolicy', () => {
  it('prefers an exact department over any type or priority match', () => {
    expect(pick('stock-check', 'urgent', 'marketing')).toBe('marketing-urgent');
    expect(pick('stock-check', 'normal', 'marketing')).toBe('marketing');
  });

  it('then an exact type over an exact priority', () => {
    expect(pick('stock-check', 'urgent', 'logistics')).toBe('stock-check-urgent');
    expect(pick('stock-check', 'low', 'logistics')).toBe('stock-check');
    expect(pick('question', 'urgent', 'logistics')).toBe('urgent-anything');
  });

  it('falls back to the catch-all policy', () => {
    expect(pick('question', 'low', 'finance')).toBe('fallback');
  });

  it('returns undefined when no policy covers the request', () => {
    expect(
      resolvePolicy(policies.slice(1), {
        requestTypeId: 'question',
        priority: 'low',
        departmentId: 'finance',
      }),
    ).toBeUndefined();
    expect(
      resolvePolicy([], { requestTypeId: 'question', priority: 'low', departmentId: 'finance' }),
    ).toBeUndefined();
  });

  it('keeps the earlier of two policies with the same selector', () => {
    const twins = [policy('first', '*', '*', '*'), policy('second', '*', '*', '*')];
    expect(
      resolvePolicy(twins, { requestTypeId: 'x', priority: 'low', departmentId: 'y' })?.id,
    ).toBe('first');
  });
});
