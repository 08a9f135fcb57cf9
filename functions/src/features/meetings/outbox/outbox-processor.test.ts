import { type TenantId, reviseMeetingSeries } from '@tandem/shared';
import { everyone } from '../../../../../shared/src/meetings/ical/ical-test-helpers';
import { emptyAgendaOf, weeklySeries } from '../../../../../shared/src/meetings/test-series';
import { CalendarRejected, CalendarUnavailable } from '../../../platform/graph/calendar-errors';
import { newMeetingDocument } from '../meeting-document';
import { makeOutboxProcessor } from './outbox-processor';
import { queueCalendarSync } from './outbox-queue';
import { makeFakeCalendar, makeFakeMeetingStore } from './outbox-test-fakes';

let t = Date.parse('2026-03-01T09:00:00Z');
const clock = { now: () => t };
const tenant = 'tenant-1' as TenantId;

function setup(ids: readonly string[] = ['m1']) {
  const store = makeFakeMeetingStore();
  const calendar = makeFakeCalendar();
  for (const id of ids) {
    const series = {
      ...weeklySeries('Europe/Moscow', {}, { title: `Meeting ${id}` }),
      id,
    } as ReturnType<typeof weeklySeries>;
    let doc = queueCalendarSync(
      newMeetingDocument(series, emptyAgendaOf(series), 'mona@example.com'),
      everyone,
      t,
    );
    doc = queueCalendarSync(
      { ...doc, series: { ...reviseMeetingSeries(doc.series), title: `${id} v1` } },
      everyone,
      t,
    );
    store.put(doc);
  }
  const processor = makeOutboxProcessor({
    meetings: store,
    calendarFor: () => calendar,
    clock,
    random: () => 0.5,
  });
  return { store, calendar, processor };
}

describe('outbox processor', () => {
  it('sends the create, then the update, and settles both', async () => {
    const { store, calendar, processor } = setup();
    expect(await processor.processMeeting(tenant, 'm1')).toEqual({
      sent: 2,
      retrying: 0,
      failed: 0,
    });
    expect(calendar.calls).toEqual(['create Meeting m1', 'update m1 v1']);
    const { value } = await store.get(tenant, 'm1');
    expect(value.calendar).toMatchObject({
      eventId: 'event-1',
      syncedRevision: 1,
      lastError: null,
    });
    expect(await processor.processMeeting(tenant, 'm1')).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
    });
  });

  it('looks again after losing the race for a claim, and sends once', async () => {
    const { store, calendar, processor } = setup();
    const before = (await store.get(tenant, 'm1')).value;
    let raced = false;
    store.beforeNextReplace = () => {
      raced = true;
      store.put(before); // another writer got there first: the ETag moved on
    };
    await processor.processMeeting(tenant, 'm1');
    expect(raced).toBe(true);
    expect(calendar.calls).toEqual(['create Meeting m1', 'update m1 v1']);
    expect((await store.get(tenant, 'm1')).value.outbox.map((e) => e.attempts)).toEqual([1, 1]);
  });

  it('keeps later writes behind a head that must wait, and sends them after the Retry-After', async () => {
    const { store, calendar, processor } = setup();
    calendar.failNext('createEvent', new CalendarUnavailable('throttled', 429, 30_000));
    expect(await processor.processMeeting(tenant, 'm1')).toEqual({
      sent: 0,
      retrying: 1,
      failed: 0,
    });
    expect(await processor.processDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    t += 40_000;
    expect(await processor.processDue()).toEqual({ sent: 2, retrying: 0, failed: 0 });
    expect(calendar.calls).toEqual(['create Meeting m1', 'create Meeting m1', 'update m1 v1']);
    expect((await store.get(tenant, 'm1')).value.outbox.map((e) => e.attempts)).toEqual([2, 1]);
  });

  it('fails a refused create for good, then the update that needs it, and stops', async () => {
    const { store, calendar, processor } = setup();
    calendar.failNext(
      'createEvent',
      new CalendarRejected('Access denied', 403, 'ErrorAccessDenied'),
    );
    expect(await processor.processMeeting(tenant, 'm1')).toEqual({
      sent: 0,
      retrying: 0,
      failed: 2,
    });
    const { value } = await store.get(tenant, 'm1');
    expect(value.outbox.map((e) => e.status)).toEqual(['failed', 'failed']);
    expect(value.calendar.lastError).toMatch(/not found/);
    expect(calendar.calls).toEqual(['create Meeting m1']);
  });

  it('processes the other due meetings when one cannot be read, then reports the failure', async () => {
    const { store, calendar, processor } = setup(['m1', 'm2']);
    const get = store.get.bind(store);
    store.get = async (tenantId, id) => {
      if (id === 'm1') throw new Error('Cosmos DB failed on Meeting m1 (status 503)');
      return get(tenantId, id);
    };
    await expect(processor.processDue()).rejects.toThrow(AggregateError);
    expect(calendar.calls).toEqual(['create Meeting m2', 'update m2 v1']);
  });
});
