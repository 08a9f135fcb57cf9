import { approvalListQuerySchema } from './approval-list-query';

describe('the query of the approval list', () => {
  it('defaults to what waits for my decision, fifty at a time', () => {
    expect(approvalListQuerySchema.parse({})).toEqual({ box: 'to-decide', limit: 50 });
  });

  it('reads a comma-separated status filter and a numeric limit', () => {
    expect(
      approvalListQuerySchema.parse({ box: 'mine', status: 'pending, rejected', limit: '5' }),
    ).toEqual({
      box: 'mine',
      status: ['pending', 'rejected'],
      limit: 5,
    });
  });

  it.each([{ box: 'all' }, { status: 'open' }, { status: ',' }, { limit: '0' }, { sort: 'due' }])(
    'refuses %j',
    (query) => {
      expect(approvalListQuerySchema.safeParse(query).success).toBe(false);
    },
  );
});
