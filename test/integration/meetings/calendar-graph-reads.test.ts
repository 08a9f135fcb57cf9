/**
 * The Graph calendar adapter's reads against the stand-in: getSchedule in batches of 20 in the
 * organiser's zone, event lists across @odata.nextLink pages with $select, the token, and
 * Graph's refusals as tagged errors.
 */
import { toGraphEvent } from '@tandem/shared';
import { CalendarRejected } from '../../../functions/src/platform/graph/calendar-errors';
import { agendaFor, everyone } from '../../../shared/src/meetings/ical/ical-test-helpers';
import { people, tenant, weeklySeries } from '../../../shared/src/meetings/test-series';
import { requestsTo } from '../../fixtures/graph-stand-in-state';
import { testGraphCalendars, useGraphStandIn } from '../../fixtures/graph-test-calendars';

const organiser = people.mona.email;
const series = weeklySeries('Europe/Moscow');
const event = toGraphEvent(series, agendaFor(series), everyone);
const eventsPath = /^\/users\/mona%40example\.com\/events$/;
const suite = useGraphStandIn(tenant);

describe('Graph calendar adapter: schedules, lists, tokens, refusals', () => {
  let { standIn, calendar } = suite;
  beforeEach(() => ({ standIn, calendar } = suite));

  it('asks getSchedule for 45 mailboxes in 3 calls of at most 20, in the organiser’s zone', async () => {
    const mailboxes = Array.from({ length: 45 }, (_, i) => `person${i}@example.com`);
    const busyStart = Date.parse('2026-03-10T07:00:00Z');
    standIn.state.busy.set('person7@example.com', [
      { start: busyStart, end: busyStart + 3_600_000, status: 'busy' },
    ]);
    standIn.state.unknownMailboxes.add('person44@example.com');
    const from = Date.parse('2026-03-09T21:00:00Z');

    const answer = await calendar.getSchedule(
      organiser,
      mailboxes,
      from,
      from + 86_400_000,
      'Europe/Moscow',
    );

    const calls = requestsTo(standIn.state, 'POST', /\/calendar\/getSchedule$/);
    const bodies = calls.map(
      (c) => JSON.parse(c.body) as { schedules: string[]; startTime: unknown },
    );
    expect(bodies.map((b) => b.schedules.length)).toEqual([20, 20, 5]);
    expect(calls.every((c) => c.prefer === 'outlook.timezone="Russian Standard Time"')).toBe(true);
    expect(bodies[0]?.startTime).toEqual({
      dateTime: '2026-03-10T00:00:00',
      timeZone: 'Russian Standard Time',
    });
    expect(answer).toHaveLength(45);
    expect(answer[7]).toEqual({
      mailbox: 'person7@example.com',
      busy: [{ start: busyStart, end: busyStart + 3_600_000, status: 'busy' }],
    });
    expect(answer[44]?.error).toMatch(/not found/);
  });

  it('lists events following @odata.nextLink with $select', async () => {
    for (let i = 0; i < 5; i++) {
      const s = { ...series, id: `series-${i}` as typeof series.id };
      const e = toGraphEvent(s, agendaFor(s), everyone);
      await calendar.createEvent(organiser, e, e.transactionId);
    }

    const listed = await calendar.listEvents(organiser);

    expect(listed).toHaveLength(5);
    expect(new Set(listed.map((e) => e.transactionId)).size).toBe(5);
    const gets = requestsTo(standIn.state, 'GET', eventsPath);
    expect(gets).toHaveLength(3);
    expect(gets[0]?.query['$select']).toBe('id,subject,transactionId,isCancelled,body');
  });

  it('reuses one token, and sends nothing to Graph when the secret is wrong', async () => {
    await calendar.createEvent(organiser, event, event.transactionId);
    await calendar.listEvents(organiser);
    expect(standIn.state.tokenRequests).toHaveLength(1);

    const wrong = testGraphCalendars(standIn, { clientSecret: 'wrong' });
    const before = standIn.state.requests.length;
    const failure = await wrong
      .calendarFor(tenant)
      .listEvents(organiser)
      .catch((e: unknown) => e);
    await wrong.close();
    expect(failure).toMatchObject({ _tag: 'CalendarRejected', status: 401 });
    expect(standIn.state.requests.length).toBe(before);
  });

  it('maps refusals to CalendarRejected with Graph’s code, and an unknown mailbox is not “gone”', async () => {
    standIn.inject({
      path: eventsPath,
      answer: { kind: 'status', status: 403, code: 'ErrorAccessDenied' },
    });
    const denied = await calendar
      .createEvent(organiser, event, event.transactionId)
      .catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(CalendarRejected);
    expect(denied).toMatchObject({ status: 403, code: 'ErrorAccessDenied' });

    standIn.inject({
      path: /cancel$/,
      answer: { kind: 'status', status: 404, code: 'ErrorInvalidUser' },
    });
    const unknown = await calendar
      .cancelEvent('nobody@example.com', 'x', 'c')
      .catch((e: unknown) => e);
    expect(unknown).toMatchObject({
      _tag: 'CalendarRejected',
      status: 404,
      code: 'ErrorInvalidUser',
    });
  });
});
