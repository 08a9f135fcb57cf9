import { expect } from '@jest/globals';
import { ValidationFailed } from '../kernel/errors';
import { createRequest } from './create-request';
import { newRequestInputSchema, requestSchema } from './request';
import { marketing, newRequest, people, policy, requestIn, sales, t0 } from './test-fixtures';

const valid = {
  toDepartmentId: 'marketing',
  typeId: 'stock-check',
  priority: 'urgent',
  title: 'Is product X in stock for the May campaign?',
  description: 'We need 400 units in Murmansk by May 1.',
} as const;
const issuesOf = (input: unknown) =>
  newRequestInputSchema.safeParse(input).error?.issues.map((i) => i.path.join('.'));

describe('newRequestInputSchema', () => {
  it('accepts a valid body, trimming the title and defaulting the description', () => {
    expect(
      newRequestInputSchema.parse({ ...valid, title: '  Stock?  ', description: undefined }),
    ).toEqual({ ...valid, title: 'Stock?', description: '' });
  });

  it.each([
    ['an empty title', { title: '' }, 'title'],
    ['a blank title', { title: '   ' }, 'title'],
    ['a 201-character title', { title: 'x'.repeat(201) }, 'title'],
    ['a 4001-character description', { description: 'x'.repeat(4001) }, 'description'],
    ['an unknown priority', { priority: 'asap' }, 'priority'],
    ['an id with a slash', { toDepartmentId: 'a/b' }, 'toDepartmentId'],
  ])('rejects %s', (_, change, path) => {
    expect(issuesOf({ ...valid, ...change })).toEqual([path]);
  });

  it('accepts the limits themselves', () => {
    expect(issuesOf({ ...valid, title: 'x'.repeat(200), description: 'y'.repeat(4000) })).toBe(
      undefined,
    );
  });

  it('rejects unknown keys', () => {
    const result = newRequestInputSchema.safeParse({ ...valid, status: 'resolved' });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['status'] }),
    ]);
  });
});

describe('createRequest', () => {
  it('opens a new request from the requester, with the created event first', () => {
    const request = newRequest();
    expect(request).toEqual({
      id: 'req-1',
      tenantId: 'tenant-1',
      typeId: 'stock-check',
      priority: 'high',
      title: 'Stock of X?',
      description: '',
      requesterId: 'rita',
      fromDepartmentId: sales,
      fromBranchId: null,
      toDepartmentId: marketing,
      status: 'new',
      createdAt: '2026-03-06T14:40:00.000Z',
      timeZone: 'Europe/Moscow',
      updatedAt: '2026-03-06T14:40:00.000Z',
      slaPolicy: policy,
      history: [
        {
          id: 'ev-0',
          type: 'created',
          at: '2026-03-06T14:40:00.000Z',
          timeZone: 'Europe/Moscow',
          actorId: 'rita',
          from: null,
          to: 'new',
          toDepartmentId: marketing,
        },
      ],
      escalationsSent: [],
    });
  });

  it('remembers the branch of a branch requester', () => {
    const branchRep = { ...people.rita, branchId: 'murmansk' as never };
    const request = createRequest({ ...valid }, branchRep, policy, t0, 'Europe/Moscow', {
      requestId: 'r',
      eventId: 'e',
    });
    expect(request.fromBranchId).toBe('murmansk');
  });

  it.each([
    ['a bad body', { ...valid, title: '' }, 'Europe/Moscow', 'title'],
    [
      'a request to the own department',
      { ...valid, toDepartmentId: 'sales' },
      'UTC',
      'toDepartmentId',
    ],
    ['an unknown zone', valid, 'Europe/Atlantis', 'timeZone'],
  ])('refuses %s', (_, input, zone, path) => {
    const run = () =>
      createRequest(input, people.rita, policy, t0, zone, {
        requestId: 'r',
        eventId: 'e',
      });
    expect(run).toThrow(ValidationFailed);
    expect(run).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path })] }));
  });
});

describe('requestSchema (Cosmos documents)', () => {
  it('reads back what the machine writes', () => {
    const request = requestIn('closed');
    const copy = JSON.parse(JSON.stringify(request)) as Record<string, unknown>;
    const stored = { ...copy, _etag: '"0x1"', _ts: 1 };
    expect(requestSchema.parse(stored)).toEqual(request);
  });

  it('refuses a document whose history does not explain its status', () => {
    const request = requestIn('resolved');
    expect(requestSchema.safeParse({ ...request, status: 'new' }).error?.issues[0]?.path).toEqual([
      'status',
    ]);
    const shuffled = { ...request, history: [...request.history].reverse() };
    expect(requestSchema.safeParse(shuffled).success).toBe(false);
  });

  it('refuses instants with an offset instead of Z', () => {
    const request = newRequest();
    expect(
      requestSchema.safeParse({ ...request, updatedAt: '2026-03-06T17:40:00+03:00' }).success,
    ).toBe(false);
  });
});
