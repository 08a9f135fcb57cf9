import { ValidationFailed } from '../kernel/errors';
import { approvalSchema } from './approval';
import { createApproval } from './create-approval';
import { minute, people, t0 } from './test-approvals';

const input = {
  kind: 'spend-over-budget' as const,
  title: ' Billboard repair in Barnaul ',
  amount: { value: 42000, currency: 'RUB' },
  link: { requestId: 'req-7' },
  approvers: [{ personId: people.mona.id }, { personId: people.eve.id }],
  dueAt: new Date(t0 + 60 * minute).toISOString(),
  slaMinutes: 120,
};
const context = {
  now: t0,
  timeZone: 'Asia/Barnaul',
  calendarId: 'moscow',
  approvalId: 'ap-9',
  eventId: 'ev-0',
};
const issues = (run: () => unknown) => {
  try {
    run();
  } catch (err) {
    if (err instanceof ValidationFailed) return err.issues.map((i) => i.path);
    throw err;
  }
  return [];
};

describe('createApproval', () => {
  it('asks the approvers, with the SLA in the given calendar and a created event', () => {
    const a = createApproval(input, people.rita, context);
    expect(a).toMatchObject({
      id: 'ap-9',
      tenantId: people.rita.tenantId,
      title: 'Billboard repair in Barnaul',
      requesterId: people.rita.id,
      mode: 'sequential',
      status: 'pending',
      sla: { targetMinutes: 120, calendarId: 'moscow' },
      decisions: [],
      timeZone: 'Asia/Barnaul',
      createdAt: new Date(t0).toISOString(),
    });
    expect(a.history).toEqual([
      expect.objectContaining({
        type: 'created',
        from: null,
        to: 'pending',
        actorId: people.rita.id,
      }),
    ]);
    expect(approvalSchema.parse(a)).toEqual(a);
  });

  it('refuses the requester as one of the approvers', () => {
    const own = { ...input, approvers: [...input.approvers, { personId: people.rita.id }] };
    expect(issues(() => createApproval(own, people.rita, context))).toEqual([
      'approvers.2.personId',
    ]);
  });

  it('refuses a due instant that has passed', () => {
    const past = { ...input, dueAt: new Date(t0).toISOString() };
    expect(issues(() => createApproval(past, people.rita, context))).toEqual(['dueAt']);
  });

  it('refuses a malformed body, zone or id', () => {
    expect(issues(() => createApproval({ ...input, title: '' }, people.rita, context))).toEqual([
      'title',
    ]);
    expect(
      issues(() => createApproval(input, people.rita, { ...context, timeZone: 'X/Y' })),
    ).toEqual(['timeZone']);
    expect(
      issues(() => createApproval(input, people.rita, { ...context, approvalId: 'a b' })),
    ).toEqual(['']);
  });
});
