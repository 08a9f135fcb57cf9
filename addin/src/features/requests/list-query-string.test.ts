import { toSearch } from './list-query-string';

describe('toSearch', () => {
  it('joins lists with commas and leaves out empty filters', () => {
    const s = toSearch({
      box: 'inbox',
      status: ['new', 'acknowledged'],
      sla: [],
      q: '  ',
      type: ['ad-defect'],
      limit: 50,
    });
    expect(s).toBe('box=inbox&status=new%2Cacknowledged&type=ad-defect&limit=50');
  });

  it('passes the continuation token through encoded', () => {
    const s = toSearch({ box: 'outbox', q: 'billboard ', continuation: '{"a":1}' });
    expect(new URLSearchParams(s).get('continuation')).toBe('{"a":1}');
    expect(new URLSearchParams(s).get('q')).toBe('billboard');
  });
});
