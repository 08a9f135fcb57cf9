/**
 * Every write to an existing aggregate, taken from the composed route table itself: without
 * If-Match it answers 428, with a stale one 412, and in both cases nothing changes. A route that
 * writes and is neither in the table below nor exempt (with its reason) fails the first test, so
 * a feature cannot add a write that skips the version check.
 */
import { budgetApproval } from '../../fixtures/approvals-stack';
import { DEMO } from '../../../functions/src/platform/local/demo-directory';
import { expectProblem } from '../../fixtures/api-client';
import { PEOPLE, newRequestBody } from '../../fixtures/api-requests';
import { type ApiStack, startApiStack } from '../../fixtures/api-stack';
import { type MeetingDto, MONDAY_10_MSK, makeMeetingsClient } from '../../fixtures/meetings-api';

let s: ApiStack;
beforeAll(async () => {
  s = await startApiStack(MONDAY_10_MSK);
});
afterAll(() => s.close());

/** Writes that are not changes to an existing aggregate's version, and why. */
const EXEMPT: Record<string, string> = {
  createRequest: 'creates; an Idempotency-Key guards retries',
  previewSla: 'computes, writes nothing',
  createApproval: 'creates; an Idempotency-Key guards retries',
  scheduleMeeting: 'creates',
  suggestMeetingTimes: 'computes, writes nothing',
  adminPut: 'create-or-replace: without If-Match it creates (409 when the entry exists)',
  devToken: 'local sign-in, no aggregate',
  previewCardAction: 'a card click: the version travels in the card data (see the bot tests)',
  botMessages: 'Bot Framework activities',
};

interface Target {
  /** The request to send, as the person who may make the change. */
  readonly method: string;
  readonly path: string;
  readonly by: string;
  readonly json?: unknown;
  /** The aggregate as its owner reads it now (to show nothing changed). */
  read(): Promise<unknown>;
}

const token = (person: string) => s.tokenFor(person);
const get = async (path: string, by: string) => {
  const res = await s.api.call('GET', path, { token: await token(by) });
  return { etag: res.headers.get('etag'), body: res.body };
};

async function aRequest(): Promise<string> {
  const res = await s.api.call<{ id: string }>('POST', '/api/requests', {
    token: await token(PEOPLE.requester),
    json: newRequestBody(),
  });
  return res.body.id;
}

async function anApproval(): Promise<string> {
  const res = await s.api.call<{ id: string }>('POST', '/api/approvals', {
    token: await token(DEMO.marketer),
    json: budgetApproval([DEMO.financeHead]),
  });
  return res.body.id;
}

async function aMeeting(): Promise<MeetingDto> {
  return makeMeetingsClient(s).schedule();
}

/** One target per write route, made fresh for each case. */
const targets: Record<string, () => Promise<Target>> = {
  requestAction: async () => {
    const id = await aRequest();
    return {
      method: 'POST',
      path: `/api/requests/${id}/acknowledge`,
      by: PEOPLE.responder,
      json: {},
      read: () => get(`/api/requests/${id}`, PEOPLE.requester),
    };
  },
  approvalAction: async () => {
    const id = await anApproval();
    return {
      method: 'POST',
      path: `/api/approvals/${id}/approve`,
      by: DEMO.financeHead,
      json: {},
      read: () => get(`/api/approvals/${id}`, DEMO.marketer),
    };
  },
  adminDelete: async () => {
    const put = await s.api.call('PUT', '/api/admin/departments/temp-if-match', {
      token: await token(DEMO.admin),
      json: { id: 'temp-if-match', name: 'Temp', calendarId: 'moscow-ho' },
    });
    if (put.status !== 201 && put.status !== 409) throw new Error(`admin put: ${put.status}`);
    return {
      method: 'DELETE',
      path: '/api/admin/departments/temp-if-match',
      by: DEMO.admin,
      read: () => get('/api/admin/departments', DEMO.admin),
    };
  },
  ...meetingTargets(),
};

function meetingTargets(): Record<string, () => Promise<Target>> {
  const on = (name: string, method: string, rest: string, json?: unknown) =>
    [
      name,
      async (): Promise<Target> => {
        const meeting = await aMeeting();
        const itemId = meeting.agenda.items[0]?.id ?? 'no-item';
        return {
          method,
          path: `/api/meetings/${meeting.id}${rest.replace('{itemId}', itemId)}`,
          by: DEMO.marketingHead,
          ...(json === undefined ? {} : { json }),
          read: () => get(`/api/meetings/${meeting.id}`, DEMO.marketingHead),
        };
      },
    ] as const;
  return Object.fromEntries([
    on('changeMeeting', 'PATCH', '', { title: 'Renamed' }),
    on('cancelMeeting', 'POST', '/cancel', {}),
    on('proposeAgendaItem', 'POST', '/items', {
      title: 'Spring promotion',
      ownerId: DEMO.marketer,
      timeBoxMinutes: 15,
      kind: 'promotion-planning',
    }),
    on('acceptAgendaItem', 'POST', '/items/{itemId}/accept'),
    on('dismissAgendaItem', 'POST', '/items/{itemId}/dismiss'),
    on('reorderAgenda', 'PUT', '/order', { itemIds: ['no-item'] }),
    on('recordMinutes', 'POST', '/minutes', { items: [] }),
  ]);
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

it('covers every write route of the route table, or says why one is exempt', () => {
  const writes = s.stack.app.routes
    .filter((r) => r.methods.some((m) => WRITES.has(m)))
    .map((r) => r.name)
    .sort();
  const covered = [...Object.keys(targets), ...Object.keys(EXEMPT)].sort();
  expect(writes).toEqual(covered);
});

describe.each(Object.keys(targets))('%s', (name) => {
  it('answers 428 without If-Match and 412 with a stale one, changing nothing', async () => {
    const target = await targets[name]!();
    await s.stack.app.idle(); // the calendar outbox of a new meeting settles first
    const before = await target.read();
    const send = async (headers: Record<string, string>) =>
      s.api.call(target.method, target.path, {
        token: await token(target.by),
        headers,
        ...(target.json === undefined ? {} : { json: target.json }),
      });
    expectProblem(await send({}), 428, 'precondition-required');
    expectProblem(await send({ 'if-match': '"0-stale"' }), 412, 'precondition-failed');
    expectProblem(await send({ 'if-match': 'W/"1-not-this-one"' }), 412, 'precondition-failed');
    await s.stack.app.idle();
    expect(await target.read()).toEqual(before);
  });
});
