/**
 * The Graph calendar adapter's writes against the local Graph and Entra stand-in over HTTPS:
 * the real credential, auth provider, SDK client and fetcher, every request checked against the
 * documented shapes. Waits are recorded, not slept.
 */
import { NotFound, toGraphEvent, toGraphEventUpdate } from '@tandem/shared';
import { CalendarUnavailable } from '../../../functions/src/platform/graph/calendar-errors';
import { agendaFor, everyone } from '../../../shared/src/meetings/ical/ical-test-helpers';
import { people, tenant, weeklySeries } from '../../../shared/src/meetings/test-series';
import { requestsTo } from '../../fixtures/graph-stand-in-state';
import { defaultRetryPolicy } from '../../../functions/src/platform/graph/graph-fetcher';
import { testGraphCalendars, useGraphStandIn } from '../../fixtures/graph-test-calendars';

const organiser = people.mona.email;
const series = weeklySeries('Europe/Moscow');
const event = toGraphEvent(series, agendaFor(series), everyone);
const eventsPath = /^\/users\/mona%40example\.com\/events$/;
const suite = useGraphStandIn(tenant);

describe('Graph calendar adapter: create, update, cancel', () => {
  let { standIn, graph, calendar } = suite;
  beforeEach(() => ({ standIn, graph, calendar } = suite));

  it('creates the weekly series with a Teams meeting, in local time and a Windows zone, with a bearer token', async () => {
    const created = await calendar.createEvent(organiser, event, event.transactionId);

    expect(created.eventId).toMatch(/^AAMkAD-/);
    expect(created.onlineMeetingUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    const [post] = requestsTo(standIn.state, 'POST', eventsPath);
    expect(post?.authorized).toBe(true);
    expect(post?.contentType).toMatch(/^application\/json/);
    const body: unknown = JSON.parse(post?.body ?? '{}');
    expect(body).toMatchObject({
      start: { dateTime: '2026-03-03T10:00:00', timeZone: 'Russian Standard Time' },
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      transactionId: event.transactionId,
    });
    expect(standIn.state.tokenRequests).toEqual([tenant]);
  });

  it('gets the first event back when a create is repeated with the same transactionId', async () => {
    const first = await calendar.createEvent(organiser, event, event.transactionId);
    const again = await calendar.createEvent(organiser, event, event.transactionId);

    expect(again.eventId).toBe(first.eventId);
    expect(standIn.state.events).toHaveLength(1);
    expect(requestsTo(standIn.state, 'POST', eventsPath)).toHaveLength(2);
  });

  it('retries a create whose answer was lost after Graph made the event, and gets that event', async () => {
    standIn.inject({ method: 'POST', path: eventsPath, answer: { kind: 'drop-after-commit' } });

    const created = await calendar.createEvent(organiser, event, event.transactionId);

    expect(standIn.state.events.map((e) => e.id)).toEqual([created.eventId]);
    expect(requestsTo(standIn.state, 'POST', eventsPath)).toHaveLength(2);
    expect(graph.sleeps).toHaveLength(1);
  });

  it('honours Retry-After on 429 (plus jitter, never less) and backs off on a 503 without one', async () => {
    standIn.inject({ path: eventsPath, answer: { kind: 'status', status: 429, retryAfter: '2' } });
    standIn.inject({ path: eventsPath, answer: { kind: 'status', status: 503 } });

    await calendar.createEvent(organiser, event, event.transactionId);

    expect(graph.sleeps).toHaveLength(2);
    expect(graph.sleeps[0]).toBeGreaterThanOrEqual(2000);
    expect(graph.sleeps[0]).toBeLessThanOrEqual(2400);
    expect(graph.sleeps[1]).toBeGreaterThan(0);
    expect(graph.sleeps[1]).toBeLessThan(2000);
    expect(standIn.state.events).toHaveLength(1);
  });

  it('gives up after the bounded attempts with CalendarUnavailable carrying the Retry-After', async () => {
    standIn.inject({
      path: eventsPath,
      times: 10,
      answer: { kind: 'status', status: 429, retryAfter: '3' },
    });

    const failure = await calendar
      .createEvent(organiser, event, event.transactionId)
      .catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(CalendarUnavailable);
    expect(failure).toMatchObject({ status: 429, retryAfterMs: 3000 });
    expect(requestsTo(standIn.state, 'POST', eventsPath)).toHaveLength(4);
  });

  it('abandons an attempt that gets no answer by its deadline, and retries it', async () => {
    standIn.inject({ path: eventsPath, answer: { kind: 'stall' } });
    const impatient = testGraphCalendars(standIn, {
      retry: { ...defaultRetryPolicy, timeoutMs: 300 },
    });

    const created = await impatient
      .calendarFor(tenant)
      .createEvent(organiser, event, event.transactionId);
    await impatient.close();

    expect(standIn.state.events.map((e) => e.id)).toEqual([created.eventId]);
    expect(requestsTo(standIn.state, 'POST', eventsPath)).toHaveLength(2);
  });

  it('hands a Retry-After longer than an invocation should wait to the caller at once', async () => {
    standIn.inject({
      path: eventsPath,
      answer: { kind: 'status', status: 503, retryAfter: '120' },
    });

    const failure = await calendar
      .createEvent(organiser, event, event.transactionId)
      .catch((e: unknown) => e);

    expect(failure).toMatchObject({
      _tag: 'CalendarUnavailable',
      status: 503,
      retryAfterMs: 120_000,
    });
    expect(graph.sleeps).toEqual([]);
  });

  it('updates with PATCH (no transactionId), cancels with a comment, and treats a second cancel as done', async () => {
    const { eventId } = await calendar.createEvent(organiser, event, event.transactionId);
    const moved = { ...series, durationMinutes: 90, revision: 1 };
    await calendar.updateEvent(
      organiser,
      eventId,
      toGraphEventUpdate(moved, agendaFor(moved), everyone),
    );
    await calendar.cancelEvent(organiser, eventId, 'Planning moves to Thursdays.');
    await calendar.cancelEvent(organiser, eventId, 'Planning moves to Thursdays.');

    const [stored] = standIn.state.events;
    expect(stored?.fields['end']).toEqual({
      dateTime: '2026-03-03T11:30:00',
      timeZone: 'Russian Standard Time',
    });
    expect(stored?.cancelled).toBe(true);
    expect(stored?.cancelComment).toBe('Planning moves to Thursdays.');
    const patch = requestsTo(standIn.state, 'PATCH', /\/events\/AAMkAD-/)[0];
    expect(JSON.parse(patch?.body ?? '{}')).not.toHaveProperty('transactionId');
    const again = toGraphEventUpdate(moved, agendaFor(moved), everyone);
    await expect(calendar.updateEvent(organiser, eventId, again)).rejects.toBeInstanceOf(NotFound);
  });
});
