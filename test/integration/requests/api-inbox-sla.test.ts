/**
 * What the responding department sees: due instants in its own business time, what breaches
 * first on top, filters and paging; and the SLA sweep escalating each step exactly once, even
 * when two sweeps overlap. The clock starts on Friday 2026-11-27 at 17:40 in Moscow.
 */
import { DEMO } from '../../../functions/src/platform/local/demo-directory';
import { errorPaths, expectProblem } from '../../fixtures/api-client';
import {
  PEOPLE,
  type RequestDto,
  type RequestsClient,
  makeRequestsClient,
  newRequestBody,
} from '../../fixtures/api-requests';
import { type ApiStack, startApiStack } from '../../fixtures/api-stack';
import { escalationKinds } from '../../fixtures/api-notifications';

const FRIDAY_1740_MOSCOW = '2026-11-27T14:40:00Z';

let s: ApiStack;
let requests: RequestsClient;
beforeAll(async () => {
  s = await startApiStack(FRIDAY_1740_MOSCOW);
  requests = makeRequestsClient(s);
});
afterAll(() => s.close());

const inbox = (query = '') => requests.listAll(PEOPLE.responder, `box=inbox&limit=200${query}`);
const ids = (items: readonly RequestDto[]) => items.map((r) => r.id);

describe('the inbox of the responding department', () => {
  let normal: RequestDto;
  let defect: RequestDto;
  let urgent: RequestDto;
  beforeAll(async () => {
    normal = await requests.create(PEOPLE.requester, newRequestBody({ title: 'Normal' }));
    defect = await requests.create(
      PEOPLE.requester,
      newRequestBody({ title: 'Torn banner', typeId: 'ad-defect' }),
    );
    urgent = await requests.create(
      PEOPLE.requester,
      newRequestBody({ title: 'Urgent', priority: 'urgent' }),
    );
  });

  it('gives due instants in Marketing’s business time (Mon 12:40 Moscow for 240 minutes)', async () => {
    const shown = (await inbox()).find((r) => r.id === normal.id);
    expect(shown?.sla).toMatchObject({
      state: 'on_track',
      percentUsed: 0,
      firstResponseDueAt: '2026-11-30T09:40:00.000Z',
      resolutionDueAt: '2026-12-04T14:40:00.000Z',
    });
    expect([defect.sla.firstResponseDueAt, defect.sla.resolutionDueAt]).toEqual([
      '2026-11-30T07:40:00.000Z',
      '2026-12-02T14:40:00.000Z',
    ]);
    expect([urgent.sla.firstResponseDueAt, urgent.sla.resolutionDueAt]).toEqual([
      '2026-11-30T06:40:00.000Z',
      '2026-11-30T14:40:00.000Z',
    ]);
  });

  it('counts Marketing’s hours, not the requester’s, for a rep four hours ahead', async () => {
    const body = newRequestBody({ title: 'From Krasnoyarsk, 21:40 there' });
    const res = await s.api.call<RequestDto>('POST', '/api/requests', {
      token: await s.tokenFor(DEMO.krasnoyarskRep),
      json: body,
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/requests/${res.body.id}`);
    expect(res.headers.get('etag')).toBe(res.body.etag);
    expect(res.body.timeZone).toBe('Asia/Krasnoyarsk');
    expect(res.body.sla.firstResponseDueAt).toBe(normal.sla.firstResponseDueAt);
    expect(ids(await inbox())).toContain(res.body.id);
  });

  it('puts what breaches first on top', async () => {
    const fresh = await inbox('&status=new');
    const due = fresh.map((r) => r.sla.firstResponseDueAt);
    expect(due).toEqual([...due].sort());
    const mine = ids(fresh).filter((id) => [normal.id, defect.id, urgent.id].includes(id));
    expect(mine).toEqual([urgent.id, defect.id, normal.id]);
  });

  it('filters by status and by SLA state as the sweep last saw it', async () => {
    const acked = await requests.act(PEOPLE.responder, normal.id, 'acknowledge', {}, normal.etag);
    expect(acked.status).toBe(200);
    const onlyAcked = await inbox('&status=acknowledged');
    expect(onlyAcked.every((r) => r.status === 'acknowledged')).toBe(true);
    expect(ids(onlyAcked)).toContain(normal.id);
    const two = await inbox('&status=new,acknowledged');
    expect(new Set(two.map((r) => r.status))).toEqual(new Set(['new', 'acknowledged']));

    await s.stack.app.sweep();
    const all = await inbox();
    const breached = await inbox('&sla=breached');
    expect(breached.length).toBeGreaterThan(0);
    expect(ids(breached).sort()).toEqual(ids(all.filter((r) => r.sla.state === 'breached')).sort());
    const onTrack = await inbox('&sla=on_track,warning');
    expect(onTrack.every((r) => ['on_track', 'warning'].includes(r.sla.state))).toBe(true);
  });

  it('walks every item exactly once with limit=2 and continuation tokens', async () => {
    const whole = await inbox();
    const paged = await requests.listAll(PEOPLE.responder, 'box=inbox&limit=2');
    expect(whole.length).toBeGreaterThanOrEqual(8);
    expect(ids(paged)).toEqual(ids(whole));
    expect(new Set(ids(paged)).size).toBe(paged.length);
  });

  it.each([
    ['status=bogus', ['status.0']],
    ['sla=late', ['sla.0']],
    ['box=drafts', ['box']],
    ['limit=0', ['limit']],
    ['sort=title', ['']],
  ])('refuses ?%s with 400 and the field path', async (query, paths) => {
    const res = await s.api.call('GET', `/api/requests?${query}`, {
      token: await s.tokenFor(PEOPLE.responder),
    });
    expect(errorPaths(expectProblem(res, 400, 'validation-failed'))).toEqual(paths);
  });
});

describe('the SLA sweep', () => {
  let late: RequestDto;
  let answeredInTime: RequestDto;
  beforeAll(async () => {
    const body = newRequestBody({ title: 'Urgent and forgotten', priority: 'urgent' });
    late = await requests.create(PEOPLE.requester, body);
    const quick = await requests.create(PEOPLE.requester, { ...body, title: 'Urgent, acked' });
    answeredInTime = (await requests.act(PEOPLE.responder, quick.id, 'acknowledge', {}, quick.etag))
      .body;
  });

  const kindsFor = (requestId: string) => escalationKinds(s, requestId);
  const sweepOverlapping = async () => {
    await Promise.all([s.stack.app.sweep(), s.stack.app.sweep()]);
    await s.stack.app.sweep();
  };
  const escalationsOf = async (id: string) =>
    (await requests.get(PEOPLE.requester, id)).body.escalationsSent;

  it('escalates nothing over the weekend: business time stands still', async () => {
    s.clock.set('2026-11-28T09:00:00Z');
    await sweepOverlapping();
    expect(await kindsFor(late.id)).toEqual({
      responderHead: [],
      executive: [],
      requesterHead: [],
    });
    expect((await requests.get(PEOPLE.requester, late.id)).body.sla.percentUsed).toBeCloseTo(33.33);
  });

  it('warns the responder head once at 75 %, however many sweeps overlap', async () => {
    s.clock.set('2026-11-30T06:30:00Z'); // Monday 09:30 Moscow: 50 of 60 minutes used
    await sweepOverlapping();
    expect(await kindsFor(late.id)).toEqual({
      responderHead: ['sla-warning'],
      executive: [],
      requesterHead: [],
    });
    expect(await escalationsOf(late.id)).toEqual(['firstResponse:75:responder-head']);
  });

  it('tells the head and the executive once each at the breach', async () => {
    s.clock.set('2026-11-30T07:00:00Z'); // Monday 10:00 Moscow: 80 of 60 minutes used
    await sweepOverlapping();
    await sweepOverlapping();
    expect(await kindsFor(late.id)).toEqual({
      responderHead: ['sla-breach', 'sla-warning'],
      executive: ['sla-breach'],
      requesterHead: [],
    });
    expect((await escalationsOf(late.id)).sort()).toEqual([
      'firstResponse:100:executive',
      'firstResponse:100:responder-head',
      'firstResponse:75:responder-head',
    ]);
    const shown = (await requests.get(PEOPLE.responder, late.id)).body;
    expect(shown.sla.state).toBe('breached');
    expect(shown.history).toHaveLength(1);
    expect(ids(await inbox('&sla=breached'))).toContain(late.id);
  });

  it('escalates nothing for a request acknowledged in time', async () => {
    expect(await kindsFor(answeredInTime.id)).toEqual({
      responderHead: [],
      executive: [],
      requesterHead: [],
    });
    expect(await escalationsOf(answeredInTime.id)).toEqual([]);
  });

  // The sweep's own write (the escalation it records) renews the ETag; a person who loaded the
  // request before must not be told that "someone else changed this first".
  it('lets the person who loaded a request before a sweep act on it afterwards', async () => {
    const body = newRequestBody({ title: 'Seen before the sweep', priority: 'urgent' });
    const created = await requests.create(PEOPLE.requester, body);
    const seen = (await requests.get(PEOPLE.responder, created.id)).body;
    s.clock.advanceMinutes(50);
    await s.stack.app.sweep();
    expect(await escalationsOf(created.id)).toEqual(['firstResponse:75:responder-head']);
    const res = await requests.act(
      PEOPLE.responder,
      created.id,
      'answer',
      { text: 'Done.' },
      seen.etag,
    );
    expect([res.status, res.body.status]).toEqual([200, 'resolved']);
  });
});
