import { checkGoals, figureProblems } from './goals';

const ratio = { figure: 'sla.due.ratio', op: '>=', target: 5 } as const;

describe('checkGoals', () => {
  it('reports 1 when the figure reaches an at-least target and 0 below it', () => {
    expect(checkGoals([{ name: 'sla.due.ratio', value: 5, unit: 'x' }], [ratio])).toEqual([
      { name: 'sla.due.ratio.goal_met', value: 1, unit: 'bool (>= 5)' },
    ]);
    expect(checkGoals([{ name: 'sla.due.ratio', value: 4.9, unit: 'x' }], [ratio])[0]?.value).toBe(
      0,
    );
  });

  it('handles at-most targets', () => {
    const p95 = { figure: 'api.p95_ms', op: '<=', target: 200 } as const;
    expect(checkGoals([{ name: 'api.p95_ms', value: 200, unit: 'ms' }], [p95])[0]?.value).toBe(1);
    expect(checkGoals([{ name: 'api.p95_ms', value: 201, unit: 'ms' }], [p95])[0]?.value).toBe(0);
  });

  it('counts a goal whose figure is missing as not met', () => {
    expect(checkGoals([], [ratio])[0]?.value).toBe(0);
  });
});

describe('figureProblems', () => {
  it('accepts figures under the prefix with finite values', () => {
    expect(figureProblems('sla.due', [{ name: 'sla.due.x', value: 1, unit: 'count' }])).toEqual([]);
  });

  it('flags foreign names, non-finite values and duplicates', () => {
    const problems = figureProblems('sla.due', [
      { name: 'sla.duex', value: 1, unit: 'count' },
      { name: 'sla.due.y', value: Number.NaN, unit: 'count' },
      { name: 'sla.due.y', value: 1, unit: 'count' },
    ]);
    expect(problems).toEqual([
      'sla.duex: not under "sla.due."',
      'sla.due.y: value NaN is not finite',
      'sla.due.y: reported twice',
    ]);
  });
});
