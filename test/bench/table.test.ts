import { formatTable } from './table';

describe('formatTable', () => {
  it('aligns names and values and flags missed goals', () => {
    const table = formatTable([
      { name: 'sla.due.ours_per_sec', value: 2_345_678, unit: 'ops/s' },
      { name: 'sla.due.ratio', value: 4.25, unit: 'x' },
      { name: 'sla.due.ratio.goal_met', value: 0, unit: 'bool (>= 5)' },
      { name: 'sla.due.other.goal_met', value: 1, unit: 'bool (>= 1)' },
    ]);
    expect(table.split('\n')).toEqual([
      'figure                      value  unit',
      'sla.due.ours_per_sec    2,345,678  ops/s',
      'sla.due.ratio                4.25  x',
      'sla.due.ratio.goal_met          0  bool (>= 5)  MISSED',
      'sla.due.other.goal_met          1  bool (>= 1)  ok',
    ]);
  });
});
