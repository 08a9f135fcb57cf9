/**
 * The meetings API in Graph mode: the composed app builds the Graph adapter from configuration
 * and talks to the Graph stand-in. Scheduling makes one Teams event, a change of time sends one
 * update with the current agenda, a cancel cancels it; under 429 and 503 with Retry-After and
 * an answer lost after Graph made the event, the outbox run by the composed app (the kick after
 * each write, then the timer's passes) still ends with each meeting on the calendar once.
 */
import { agendaAsHtml } from '@tandem/shared';
import { DEMO } from '../../../functions/src/platform/local/demo-directory';
import { requestsTo } from '../../fixtures/graph-stand-in-state';
import { type GraphApiStack, startGraphApiStack } from '../../fixtures/meetings-graph-stack';
import {
  type MeetingDto,
  type MeetingsClient,
  ORGANISER_MAILBOX,
  makeMeetingsClient,
  planningBody,
  tenant,
  MONDAY_10_MSK,
} from '../../fixtures/meetings-api';

const item = (title: string, timeBoxMinutes = 10) => ({
  title,
  ownerId: DEMO.salesHead,
  timeBoxMinutes,
  kind: 'promotion-planning',
});

let s: GraphApiStack;
let m: MeetingsClient;
beforeAll(async () => {
  s = await startGraphApiStack(MONDAY_10_MSK);
  m = makeMeetingsClient(s);
});
afterAll(() => s.close());
afterEach(() => expect(s.standIn.state.violations).toEqual([]));

const settled = () => s.stack.app.meetings.idle();
const eventsOf = (transactionId: string | undefined) =>
  s.standIn.state.events.filter((e) => e.transactionId === transactionId);
const createOf = async (id: string) =>
  (await m.store.get(tenant, id)).value.outbox.find((e) => e.kind === 'create');
const people = async () => s.stack.app.platform.directory.listPeople(tenant);

/** Proposes an item and accepts it: the invitation must carry it. */
async function addAccepted(meeting: MeetingDto, title: string): Promise<MeetingDto> {
  const proposed = await m.write(
    DEMO.salesRep,
    'POST',
    `/${meeting.id}/items`,
    item(title),
    meeting.etag,
  );
  const added = proposed.agenda.items.find((i) => i.title === title);
  return m.write(
    DEMO.salesHead,
    'POST',
    `/${meeting.id}/items/${added?.id}/accept`,
    undefined,
    proposed.etag,
  );
}

describe('a meeting on Outlook through Graph', () => {
  let meeting: MeetingDto;

  it('is created once, as a Teams meeting, and the view gets the join link', async () => {
    meeting = await m.schedule();
    await settled();
    const create = await createOf(meeting.id);
    const [event, ...more] = eventsOf(create?.transactionId);
    expect(more).toEqual([]);
    expect(event?.organiser).toBe(ORGANISER_MAILBOX);
    expect(event?.fields).toMatchObject({
      subject: 'Joint planning: Marketing and Sales',
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      start: { dateTime: '2026-03-03T10:00:00' },
    });
    const view = await m.get(DEMO.marketingHead, meeting.id);
    expect(view.calendar).toMatchObject({ state: 'synced', eventId: event?.id });
    expect(view.calendar.onlineMeetingUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
  });

  it('sends one update with the new time and the current agenda when the time changes', async () => {
    meeting = await addAccepted(meeting, 'Spring promotion');
    await settled();
    const before = requestsTo(s.standIn.state, 'PATCH', /\/events\//).length;
    const changed = await m.write(
      DEMO.marketingHead,
      'PATCH',
      `/${meeting.id}`,
      { recurrence: { ...planningBody().recurrence, localTime: '11:30' } },
      meeting.etag,
    );
    expect(changed.series.revision).toBe(meeting.series.revision + 1);
    await settled();
    const patches = requestsTo(s.standIn.state, 'PATCH', /\/events\//).slice(before);
    expect(patches).toHaveLength(1);
    const sent = JSON.parse(patches[0]?.body ?? '{}') as {
      start: { dateTime: string };
      body: { content: string };
    };
    expect(sent.start.dateTime).toBe('2026-03-03T11:30:00');
    const { value } = await m.store.get(tenant, meeting.id);
    expect(sent.body.content).toBe(agendaAsHtml(value.series, value.agenda, await people()));
    expect(sent.body.content).toContain('Spring promotion');
    expect(value.calendar.syncedRevision).toBe(changed.series.revision);
    meeting = changed;
  });

  it('is cancelled on the calendar when the organiser cancels it', async () => {
    const cancelled = await m.write(
      DEMO.marketingHead,
      'POST',
      `/${meeting.id}/cancel`,
      { comment: 'Replaced by the quarterly review.' },
      meeting.etag,
    );
    expect(cancelled.series.status).toBe('cancelled');
    expect(cancelled.allowed).toEqual({
      change: false,
      propose: false,
      curate: false,
      recordMinutes: false,
    });
    await settled();
    const [event] = eventsOf((await createOf(meeting.id))?.transactionId);
    expect(event).toMatchObject({
      cancelled: true,
      cancelComment: 'Replaced by the quarterly review.',
    });
    expect((await m.get(DEMO.salesRep, meeting.id)).calendar).toMatchObject({
      state: 'synced',
      eventId: null,
    });
  });
});

describe('the outbox under Graph faults, driven by the composed app', () => {
  it('ends with every meeting on the calendar exactly once, with its latest agenda', async () => {
    // The first create is throttled twice (waited out inline), the second reaches Graph but
    // its answer is lost (retried, deduplicated by transactionId).
    s.standIn.inject({
      method: 'POST',
      path: /\/events$/,
      times: 2,
      answer: { kind: 'status', status: 429, retryAfter: '1' },
    });
    s.standIn.inject({ method: 'POST', path: /\/events$/, answer: { kind: 'drop-after-commit' } });
    const titles = ['Planning A', 'Planning B', 'Planning C'];
    const posts = () => requestsTo(s.standIn.state, 'POST', /\/events$/).length;
    const postsBefore = posts();
    let meetings: MeetingDto[] = [];
    for (const title of titles) meetings.push(await m.schedule(planningBody({ title })));
    await settled();
    // Updates meet a Graph that is down for longer than one run may wait: they go back to the
    // outbox with Retry-After, and the timer's passes send them later.
    s.standIn.inject({
      method: 'PATCH',
      times: 3,
      answer: { kind: 'status', status: 503, retryAfter: '45' },
    });
    meetings = await Promise.all(meetings.map((meeting) => addAccepted(meeting, 'Budget review')));
    await settled();
    const waiting = await Promise.all(meetings.map((x) => m.store.get(tenant, x.id)));
    const delayed = waiting.flatMap((w) => w.value.outbox).filter((e) => e.status === 'pending');
    expect(delayed.length).toBeGreaterThan(0);
    for (const entry of delayed) expect(entry.lastError).toMatch(/503/);
    expect((await m.get(DEMO.marketingHead, meetings[0]!.id)).calendar.state).toBe('pending');

    for (let pass = 0; pass < 10; pass++) {
      s.clock.advanceMinutes(1);
      const report = await s.stack.app.meetings.processor.processDue();
      if (report.sent + report.retrying === 0) break;
    }
    expect(s.sleeps.filter((ms) => ms === 1100)).toHaveLength(2);
    // Two throttled creates and one whose answer was lost were sent again: six POSTs, three events.
    expect(posts() - postsBefore).toBe(titles.length + 3);
    for (const meeting of meetings) {
      const { value } = await m.store.get(tenant, meeting.id);
      const create = value.outbox.find((e) => e.kind === 'create');
      const onCalendar = eventsOf(create?.transactionId);
      expect(onCalendar).toHaveLength(1);
      expect(value.outbox.filter((e) => e.status === 'pending' || e.status === 'failed')).toEqual(
        [],
      );
      expect(value.calendar.syncedRevision).toBe(value.series.revision);
      const body = onCalendar[0]?.fields['body'] as { content: string };
      expect(body.content).toBe(agendaAsHtml(value.series, value.agenda, await people()));
      expect((await m.get(DEMO.salesHead, meeting.id)).calendar.state).toBe('synced');
    }
  });
});
