import type { z } from 'zod';
import { slaPolicyListSchema, slaPolicySchema } from './policy';
import type { SlaPolicyInput } from './policy';

const base: SlaPolicyInput = {
  id: 'marketing-default',
  requestTypeId: '*',
  priority: '*',
  departmentId: 'marketing',
  firstResponseMinutes: 240,
  resolutionMinutes: 960,
};

const issuePaths = (input: unknown, schema: z.ZodType = slaPolicySchema): string[] => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('slaPolicySchema', () => {
  it('fills in default thresholds and an empty escalation chain, dropping stored-document fields', () => {
    expect(slaPolicySchema.parse({ ...base, tenantId: 't1', docType: 'slaPolicy' })).toEqual({
      ...base,
      warningThresholds: [50, 75, 90],
      escalation: [],
    });
  });

  it.each([
    ['a resolution due before the first response', { resolutionMinutes: 120 }, 'resolutionMinutes'],
    ['a zero target', { firstResponseMinutes: 0 }, 'firstResponseMinutes'],
    [
      'a threshold of 100 (that is the breach)',
      { warningThresholds: [50, 100] },
      'warningThresholds.1',
    ],
    ['thresholds out of order', { warningThresholds: [75, 50] }, 'warningThresholds'],
    ['an unknown priority', { priority: 'critical' }, 'priority'],
    [
      'an unknown audience',
      { escalation: [{ atPercent: 100, notify: 'everyone' }] },
      'escalation.0.notify',
    ],
    [
      'the same step twice',
      {
        escalation: [
          { atPercent: 100, notify: 'executive' },
          { atPercent: 100, notify: 'executive' },
        ],
      },
      'escalation.1',
    ],
  ])('rejects %s', (_what, change, path) => {
    expect(issuePaths({ ...base, ...change })).toContain(path);
  });

  it('accepts two audiences at the same percent', () => {
    const escalation = [
      { atPercent: 100, notify: 'responder-head' },
      { atPercent: 100, notify: 'executive' },
    ];
    expect(issuePaths({ ...base, escalation })).toEqual([]);
  });
});

describe('slaPolicyListSchema', () => {
  it('rejects duplicate ids and two policies for the same selector', () => {
    const list = [base, { ...base, id: 'other' }, { ...base, departmentId: 'sales' }];
    expect(issuePaths(list, slaPolicyListSchema)).toEqual(['1', '2.id']);
  });
});
