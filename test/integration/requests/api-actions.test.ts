/**
 * Every action on a request in every status, through HTTP: the right person from an allowed
 * status moves it on and writes one history event; from any other status they get 409; a person
 * on the wrong side gets 403. Failed calls write nothing.
 */
import { errorPaths, expectProblem } from '../../fixtures/api-client';
import {
  PEOPLE,
  type RequestDto,
  type RequestsClient,
  makeRequestsClient,
} from '../../fixtures/api-requests';
import { type ApiStack, startApiStack } from '../../fixtures/api-stack';
import { actionTable, allStatuses, commentOf } from '../../fixtures/request-action-table';

const grid = actionTable.flatMap((rule) =>
  allStatuses.map((status) => ({ ...rule, status, allowed: rule.from.includes(status) })),
);
const reassign = actionTable.find((r) => r.action === 'reassign')!;

let s: ApiStack;
let requests: RequestsClient;
beforeAll(async () => {
  s = await startApiStack('2026-12-01T07:00:00Z');
  requests = makeRequestsClient(s);
});
afterAll(() => s.close());

async function expectUnchanged(before: RequestDto): Promise<void> {
  const after = await requests.get(PEOPLE.requester, before.id);
  expect({
    etag: after.body.etag,
    status: after.body.status,
    events: after.body.history.length,
  }).toEqual({ etag: before.etag, status: before.status, events: before.history.length });
}

describe.each(grid.filter((g) => g.allowed))('$action from $status', (c) => {
  it(`is done by the ${c.who}, moves the request on and records who did what`, async () => {
    const before = await requests.inStatus(c.status, `${c.action} from ${c.status}`);
    const res = await requests.act(PEOPLE[c.who], before.id, c.action, c.body, before.etag);
    expect(res.status).toBe(200);
    const to = c.to === 'same' ? c.status : c.to;
    expect(res.body.status).toBe(to);
    expect(res.headers.get('etag')).toBe(res.body.etag);
    expect(res.body.etag).not.toBe(before.etag);
    expect(res.body.history).toHaveLength(before.history.length + 1);
    expect(res.body.history.at(-1)).toMatchObject({
      type: c.event,
      actorId: PEOPLE[c.who],
      from: c.status,
      to,
      comment: commentOf(c.body),
      at: '2026-12-01T07:00:00.000Z',
    });
    if (c.action === 'reassign') {
      expect(res.body.toDepartmentId).toBe('logistics');
      expect(res.body.history.at(-1)).toMatchObject({
        fromDepartmentId: 'marketing',
        toDepartmentId: 'logistics',
      });
    }
    const reread = await requests.get(PEOPLE.requester, before.id);
    expect(reread.body.etag).toBe(res.body.etag);
    expect(reread.body.history).toEqual(res.body.history);
  });
});

describe.each(grid.filter((g) => !g.allowed))('$action from $status', (c) => {
  it(`is refused with 409 even for the ${c.who}, and nothing is written`, async () => {
    const before = await requests.inStatus(c.status, `${c.action} from ${c.status}`);
    const res = await requests.act(PEOPLE[c.who], before.id, c.action, c.body, before.etag);
    expectProblem(res, 409, 'invalid-transition');
    await expectUnchanged(before);
  });
});

describe.each(actionTable)('$action by the wrong side', (c) => {
  it(`is forbidden to the ${c.wrong} (403) in a status that allows it; nothing is written`, async () => {
    const status = c.from[0] ?? 'new';
    const before = await requests.inStatus(status, `${c.action} by ${c.wrong}`);
    const res = await requests.act(PEOPLE[c.wrong], before.id, c.action, c.body, before.etag);
    expectProblem(res, 403, 'forbidden');
    await expectUnchanged(before);
  });
});

describe('other people and bodies', () => {
  it('lets the head of the requesting department close and an executive reassign', async () => {
    const resolved = await requests.inStatus('resolved');
    const closed = await requests.act(
      PEOPLE.requesterHead,
      resolved.id,
      'close',
      {},
      resolved.etag,
    );
    expect(closed.body).toMatchObject({ status: 'closed' });
    const fresh = await requests.inStatus('new');
    const moved = await requests.act(
      PEOPLE.executive,
      fresh.id,
      'reassign',
      reassign.body,
      fresh.etag,
    );
    expect(moved.body).toMatchObject({ status: 'new', toDepartmentId: 'logistics' });
  });

  it('hides a request from a department that is on neither side (403)', async () => {
    const r = await requests.inStatus('new');
    expectProblem(await requests.get(PEOPLE.outsider, r.id), 403, 'forbidden');
    const res = await requests.act(PEOPLE.outsider, r.id, 'comment', { text: 'Hi' }, r.etag);
    expectProblem(res, 403, 'forbidden');
    await expectUnchanged(r);
  });

  it('accepts an action without a body when it needs no input', async () => {
    const r = await requests.inStatus('new');
    const res = await requests.act(PEOPLE.responder, r.id, 'acknowledge', undefined, r.etag);
    expect(res.body).toMatchObject({ status: 'acknowledged' });
    expect(res.body.history.at(-1)).not.toHaveProperty('comment');
  });

  it.each([
    ['an unknown action', 'escalate', {}, ['action']],
    ['a question without text', 'wait', {}, ['comment']],
    ['an unknown key', 'acknowledge', { comment: 'ok', urgent: true }, ['']],
    ['an action in the body', 'acknowledge', { action: 'close' }, ['action']],
    [
      'a reassignment to no department',
      'reassign',
      { toDepartmentId: 'nowhere', comment: 'x' },
      ['toDepartmentId'],
    ],
  ])(
    'answers %s with 400 and the field path, writing nothing',
    async (_what, action, body, paths) => {
      const r = await requests.inStatus('new');
      const by = action === 'reassign' ? PEOPLE.responderHead : PEOPLE.responder;
      const res = await requests.act(by, r.id, action, body, r.etag);
      expect(errorPaths(expectProblem(res, 400, 'validation-failed'))).toEqual(paths);
      await expectUnchanged(r);
    },
  );
});
