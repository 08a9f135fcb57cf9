/**
 * The calendar without a tenant: events kept in the local Cosmos server behave as the outbox
 * expects of Graph (dedupe by transactionId, updates, idempotent cancel), their free/busy
 * follows local time across daylight-saving changes, the same outbox drives them (with a
 * restart midway), and each meeting's invitation file parses with a standard parser.
 */
import type { Container } from '@azure/cosmos';
import { NotFound, agendaAsText, toGraphEvent, toGraphEventUpdate } from '@tandem/shared';
import { ensureContainers } from '../../../functions/src/main';
import {
  makeLocalCalendarGateway,
  makeLocalCalendars,
} from '../../../functions/src/features/meetings/calendar/local/local-calendar-gateway';
import { meetingInvite } from '../../../functions/src/features/meetings/calendar/local/meeting-invite';
import { makeCosmosMeetingStore } from '../../../functions/src/features/meetings/meeting-store';
import { makeOutboxProcessor } from '../../../functions/src/features/meetings/outbox/outbox-processor';
import { agendaFor, everyone, parse } from '../../../shared/src/meetings/ical/ical-test-helpers';
import { people, tenant, weeklySeries } from '../../../shared/src/meetings/test-series';
import { addToAgenda, dyingAfter, organiser, scheduleMeeting } from '../../fixtures/graph-meetings';
import { type CosmosFixture, startCosmosFixture } from '../platform/infra-cosmos-fixture';

let fx: CosmosFixture;
let meetings: Container;
let database = 0;
let t = Date.parse('2026-03-01T09:00:00Z');
const clock = { now: () => t };

beforeAll(async () => {
  fx = await startCosmosFixture();
});
beforeEach(async () => {
  ({ meetings } = await ensureContainers(fx.client, `calendar-local-${++database}`));
});
afterAll(() => fx.close());

describe('local calendar gateway', () => {
  const series = weeklySeries('America/New_York');
  const event = toGraphEvent(series, agendaFor(series), everyone);

  it('returns the first event for a repeated transactionId; updates; cancels once; refuses strangers', async () => {
    const calendar = makeLocalCalendarGateway(meetings, tenant, clock);
    const first = await calendar.createEvent(organiser, event, event.transactionId);
    expect(await calendar.createEvent(organiser, event, event.transactionId)).toEqual(first);

    const longer = { ...series, durationMinutes: 90, revision: 1 };
    const update = toGraphEventUpdate(longer, agendaFor(longer), everyone);
    await expect(
      calendar.updateEvent(people.sam.email, first.eventId, update),
    ).rejects.toBeInstanceOf(NotFound);
    await calendar.updateEvent(organiser, first.eventId, { ...update, subject: 'Moved' });
    expect((await calendar.listEvents(organiser)).map((e) => [e.subject, e.isCancelled])).toEqual([
      ['Moved', false],
    ]);

    await calendar.cancelEvent(organiser, first.eventId, 'Cancelled for the holidays.');
    await calendar.cancelEvent(organiser, first.eventId, 'Cancelled for the holidays.');
    await calendar.cancelEvent(organiser, 'local-unknown', 'Gone already.');
    expect((await calendar.listEvents(organiser)).map((e) => e.isCancelled)).toEqual([true]);
    await expect(calendar.updateEvent(organiser, first.eventId, update)).rejects.toBeInstanceOf(
      NotFound,
    );
  });

  it('makes organiser and attendees busy at 10:00 New York time before and after the March change', async () => {
    const calendar = makeLocalCalendarGateway(meetings, tenant, clock);
    await calendar.createEvent(organiser, event, event.transactionId);
    const from = Date.parse('2026-03-01T00:00:00Z');

    const answer = await calendar.getSchedule(
      organiser,
      [organiser, people.sam.email, people.leo.email],
      from,
      Date.parse('2026-03-20T00:00:00Z'),
      'America/New_York',
    );

    const starts = [
      '2026-03-03T15:00:00.000Z',
      '2026-03-10T14:00:00.000Z',
      '2026-03-17T14:00:00.000Z',
    ];
    for (const who of answer.slice(0, 2)) {
      expect(who.busy.map((b) => new Date(b.start).toISOString())).toEqual(starts);
      expect(who.busy.every((b) => b.end - b.start === 3_600_000 && b.status === 'busy')).toBe(
        true,
      );
    }
    expect(answer[2]).toEqual({ mailbox: people.leo.email, busy: [] });
  });
});

describe('the outbox on the local calendar', () => {
  it('puts each meeting on it exactly once with the latest agenda, across a restart, and offers the invite', async () => {
    const store = makeCosmosMeetingStore(meetings);
    for (const i of [1, 2]) {
      await scheduleMeeting(store, clock, i);
      await addToAgenda(store, clock, tenant, `series-${i}`, 'Spring promo');
    }
    const local = makeLocalCalendars(meetings, clock);
    const dying = dyingAfter(local, (call) => call === 'create');
    // This process dies after its first create (dyingAfter): its run never settles.
    void makeOutboxProcessor({
      meetings: store,
      calendarFor: dying.calendarFor,
      clock,
    }).processDue();
    await dying.died;
    for (const i of [1, 2]) await addToAgenda(store, clock, tenant, `series-${i}`, 'Decisions');
    t += 10 * 60_000;

    const report = await makeOutboxProcessor({
      meetings: store,
      calendarFor: local,
      clock,
    }).processDue();

    expect(report).toEqual({ sent: 4, retrying: 0, failed: 0 });
    const listed = await local(tenant).listEvents(organiser);
    expect(listed).toHaveLength(2);
    for (const i of [1, 2]) {
      const { value } = await store.get(tenant, `series-${i}`);
      expect(value.outbox.map((e) => [e.kind, e.status])).toEqual([
        ['create', 'done'],
        ['update', 'superseded'],
        ['update', 'done'],
      ]);
      expect(listed.find((e) => e.eventId === value.calendar.eventId)?.bodyHtml).toContain(
        'Decisions',
      );

      const invite = meetingInvite(value, everyone, t);
      expect(invite.contentType).toBe('text/calendar; method=REQUEST; charset=utf-8');
      const { calendar, event } = parse(invite.body);
      expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
      expect(event.sequence).toBe(value.series.revision);
      expect(event.startDate.zone?.tzid).toBe(value.series.recurrence.timeZone);
      expect(event.description).toBe(agendaAsText(value.series, value.agenda, everyone));
    }
  });
});
