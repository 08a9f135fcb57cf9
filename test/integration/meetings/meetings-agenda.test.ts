/**
 * The agenda of a joint planning meeting over HTTP: suggestions from the demo tenant's open
 * Marketing–Sales requests, proposals, accept / dismiss / reorder with the version people hold
 * (412 when stale, 428 without), bodies refused before anything is written, and the time-box
 * warning.
 */
import { DEMO } from '../../../functions/src/platform/local/demo-directory';
import { errorPaths, expectProblem } from '../../fixtures/api-client';
import { type ApiStack, startApiStack } from '../../fixtures/api-stack';
import {
  type MeetingDto,
  type MeetingsClient,
  makeMeetingsClient,
  tenant,
  MONDAY_10_MSK,
} from '../../fixtures/meetings-api';

let s: ApiStack;
let m: MeetingsClient;
let meeting: MeetingDto;
/** The version of the meeting as scheduled, stale after the first change. */
let scheduledEtag: string;
beforeAll(async () => {
  s = await startApiStack(MONDAY_10_MSK);
  m = makeMeetingsClient(s);
  meeting = await m.schedule();
  scheduledEtag = meeting.etag;
  await s.stack.app.meetings.idle();
});
afterAll(() => s.close());

const path = (rest = '') => `/${meeting.id}${rest}`;
const byTitle = (view: MeetingDto, title: string) =>
  view.agenda.items.find((i) => i.title === title);
const proposal = (overrides: Record<string, unknown> = {}) => ({
  title: 'Spring promotion: dates and stock',
  ownerId: DEMO.marketer,
  timeBoxMinutes: 15,
  kind: 'promotion-planning',
  ...overrides,
});

const BILLBOARD = 'Billboard on Lenin Avenue is hidden by trees';
const PROMO_CODES = 'Promo codes for the autumn newsletter?';
const CATALOGUE = 'Catalogue pages for the spring promotion';

describe('suggested items', () => {
  it('come from the breached, at-risk and long-open requests between Marketing and Sales', () => {
    expect(byTitle(meeting, BILLBOARD)).toMatchObject({
      status: 'proposed',
      kind: 'request-escalation',
      suggestedBecause: [{ code: 'breached' }],
    });
    expect(byTitle(meeting, PROMO_CODES)?.suggestedBecause).toEqual([{ code: 'at-risk' }]);
    expect(byTitle(meeting, CATALOGUE)?.suggestedBecause).toEqual([
      { code: 'open-too-long', openDays: 9 },
    ]);
    // Requests of other departments (Logistics, Finance) are not suggested.
    const linked = meeting.agenda.items.map((i) => i.link);
    expect(linked.every((l) => l !== undefined && 'requestId' in l)).toBe(true);
    expect(meeting.agenda.items.map((i) => i.title)).not.toContain(
      'Inflatable pools in stock for the June promotion?',
    );
    const orders = meeting.agenda.items.map((i) => i.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });
});

describe('writes and versions', () => {
  it('lets any member of the departments propose an item, without touching the invitation', async () => {
    const res = await m.call(DEMO.salesRep, 'POST', path('/items'), {
      json: proposal(),
      etag: meeting.etag,
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe(res.body.etag);
    expect(byTitle(res.body, proposal().title)).toMatchObject({ status: 'proposed' });
    expect(res.body.series.revision).toBe(meeting.series.revision);
    expect(res.body.etag).not.toBe(meeting.etag);
    meeting = res.body;
  });

  it('answers 428 without If-Match and 412 with a stale one, writing nothing', async () => {
    const stale = scheduledEtag;
    const item = byTitle(meeting, proposal().title);
    const noIfMatch = await m.call(DEMO.salesHead, 'POST', path(`/items/${item?.id}/accept`));
    expectProblem(noIfMatch, 428, 'precondition-required');
    const staleAccept = await m.call(DEMO.salesHead, 'POST', path(`/items/${item?.id}/accept`), {
      etag: stale,
    });
    expectProblem(staleAccept, 412, 'precondition-failed');
    expectProblem(
      await m.call(DEMO.salesRep, 'POST', path('/items'), { json: proposal(), etag: stale }),
      412,
      'precondition-failed',
    );
    expectProblem(
      await m.call(DEMO.salesRep, 'POST', path('/items'), { json: proposal() }),
      428,
      'precondition-required',
    );
    expect((await m.get(DEMO.salesHead, meeting.id)).etag).toBe(meeting.etag);
  });

  it.each([
    [
      'a proposal without a time box',
      'POST',
      '/items',
      proposal({ timeBoxMinutes: 0 }),
      ['timeBoxMinutes'],
    ],
    [
      'a proposal for an unknown owner',
      'POST',
      '/items',
      proposal({ ownerId: 'nobody' }),
      ['ownerId'],
    ],
    ['an order that is not a list', 'PUT', '/order', { itemIds: 'all' }, ['itemIds']],
    ['an order missing items', 'PUT', '/order', { itemIds: [] }, ['itemIds']],
    [
      'minutes of an item not on the agenda',
      'POST',
      '/minutes',
      { items: [{ agendaItemId: 'nope' }] },
      ['items.0.agendaItemId'],
    ],
    ['a change of nothing known', 'PATCH', '', { colour: 'red' }, ['']],
  ])('refuses %s with 400 and writes nothing', async (_case, method, rest, json, paths) => {
    const before = await m.store.get(tenant, meeting.id);
    const res = await m.call(DEMO.marketingHead, method, path(rest), { json, etag: meeting.etag });
    expect(errorPaths(expectProblem(res, 400, 'validation-failed'))).toEqual(paths);
    expect((await m.store.get(tenant, meeting.id)).etag).toBe(before.etag);
  });

  it('refuses members who may not curate (403) and outsiders altogether', async () => {
    const item = byTitle(meeting, BILLBOARD);
    const accept = (by: string) =>
      m.call(by, 'POST', path(`/items/${item?.id}/accept`), { etag: meeting.etag });
    expectProblem(await accept(DEMO.salesRep), 403, 'forbidden');
    expectProblem(await accept(DEMO.logisticsHead), 403, 'forbidden');
    const outsider = await m.call(DEMO.logistician, 'POST', path('/items'), {
      json: proposal(),
      etag: meeting.etag,
    });
    expectProblem(outsider, 403, 'forbidden');
  });

  it('accepts a suggestion: stored as accepted, and the invitation is updated once', async () => {
    const suggestion = byTitle(meeting, BILLBOARD);
    const before = await m.store.get(tenant, meeting.id);
    expect(before.value.agenda.items.map((i) => i.id)).not.toContain(suggestion?.id);
    const accepted = await m.write(
      DEMO.salesHead,
      'POST',
      path(`/items/${suggestion?.id}/accept`),
      undefined,
      meeting.etag,
    );
    expect(byTitle(accepted, BILLBOARD)).toMatchObject({
      id: suggestion?.id,
      status: 'accepted',
      suggestedBecause: [{ code: 'breached' }],
    });
    expect(accepted.series.revision).toBe(meeting.series.revision + 1);
    await s.stack.app.meetings.idle();
    const { value } = await m.store.get(tenant, meeting.id);
    const updates = value.outbox.filter((e) => e.kind === 'update');
    expect(updates.map((e) => [e.revision, e.status])).toEqual([[1, 'done']]);
    const event = (
      await s.stack.app.meetings.calendarFor(tenant).listEvents('anna@contoso-trading.example')
    ).find((e) => e.eventId === value.calendar.eventId);
    expect(event?.bodyHtml).toContain('Billboard on Lenin Avenue');
    meeting = accepted;
  });

  it('dismisses a suggestion: it stays dismissed instead of being suggested again', async () => {
    const suggestion = byTitle(meeting, CATALOGUE);
    const dismissed = await m.write(
      DEMO.marketingHead,
      'POST',
      path(`/items/${suggestion?.id}/dismiss`),
      undefined,
      meeting.etag,
    );
    expect(byTitle(dismissed, CATALOGUE)?.status).toBe('dismissed');
    expect(dismissed.series.revision).toBe(meeting.series.revision);
    const again = await m.get(DEMO.salesRep, meeting.id);
    expect(again.agenda.items.filter((i) => i.title === CATALOGUE)).toHaveLength(1);
    expect(byTitle(again, CATALOGUE)?.status).toBe('dismissed');
    meeting = dismissed;
  });

  it('reorders the agenda as shown, suggestions included, and keeps the new order', async () => {
    const shown = meeting.agenda.items.filter((i) => i.status !== 'dismissed').map((i) => i.id);
    const wanted = [...shown].reverse();
    const reordered = await m.write(
      DEMO.marketingHead,
      'PUT',
      path('/order'),
      { itemIds: wanted },
      meeting.etag,
    );
    const stored = new Set<string>(
      (await m.store.get(tenant, meeting.id)).value.agenda.items.map((i) => i.id),
    );
    const storedOrder = reordered.agenda.items.filter(
      (i) => stored.has(i.id) && i.status !== 'dismissed',
    );
    expect(storedOrder.map((i) => i.id)).toEqual(wanted.filter((id) => stored.has(id)));
    meeting = reordered;
  });

  it('warns when the accepted time boxes exceed the meeting', async () => {
    const long = await m.write(
      DEMO.salesHead,
      'POST',
      path('/items'),
      proposal({ title: 'Trade show staffing', timeBoxMinutes: 58, kind: 'trade-show' }),
      meeting.etag,
    );
    expect(long.warnings).toEqual([]);
    const item = byTitle(long, 'Trade show staffing');
    meeting = await m.write(
      DEMO.salesHead,
      'POST',
      path(`/items/${item?.id}/accept`),
      undefined,
      long.etag,
    );
    expect(meeting.warnings).toEqual([
      {
        code: 'time-boxes-exceed-meeting',
        plannedMinutes: 63,
        meetingMinutes: 60,
        overByMinutes: 3,
      },
    ]);
  });
});
