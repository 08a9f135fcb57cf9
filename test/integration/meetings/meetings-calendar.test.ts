/**
 * The local calendar behind the meetings API (no tenant): free slots for a new meeting from the
 * departments' working hours and the attendees' events, a change of time reaching the local
 * event as one update, and the cancel, which also turns the invitation file into a CANCEL.
 */
import ICAL from 'ical.js';
import { DEMO } from '../../../functions/src/platform/local/demo-directory';
import { errorPaths, expectProblem } from '../../fixtures/api-client';
import { type ApiStack, startApiStack } from '../../fixtures/api-stack';
import {
  type MeetingDto,
  type MeetingsClient,
  ORGANISER_MAILBOX,
  makeMeetingsClient,
  planningBody,
  tenant,
  MONDAY_10_MSK,
} from '../../fixtures/meetings-api';
import { OTHER, OTHER_TENANT_ID, seedOtherTenant } from '../../fixtures/other-tenant';

let s: ApiStack;
let m: MeetingsClient;
let meeting: MeetingDto;
beforeAll(async () => {
  s = await startApiStack(MONDAY_10_MSK);
  m = makeMeetingsClient(s);
  await seedOtherTenant(s);
  meeting = await m.schedule();
  // The Sales head organises another meeting at the same hour: both heads are busy then.
  await m.schedule(planningBody({ title: 'Sales weekly' }), DEMO.salesHead);
  await s.stack.app.meetings.idle();
});
afterAll(() => s.close());

const calendar = () => s.stack.app.meetings.calendarFor(tenant);

describe('suggested times', () => {
  const search = (overrides: Record<string, unknown> = {}) => ({
    departmentIds: ['marketing', 'regional-sales'],
    requiredAttendeeIds: [DEMO.salesHead],
    durationMinutes: 60,
    from: '2026-03-03T00:00:00Z',
    to: '2026-03-04T00:00:00Z',
    timeZone: 'Europe/Moscow',
    ...overrides,
  });

  beforeAll(async () => {
    // A department working Krasnoyarsk hours (UTC+7): 09–13 and 14–18 there.
    const department: { readonly id: string } & Record<string, unknown> = {
      id: 'regional-sales',
      name: 'Regional sales',
      calendarId: 'krasnoyarsk',
      kind: 'department',
    };
    await s.stack.app.platform.directory.put(tenant, 'department', department);
  });

  it('offers only slots inside every department’s hours where the attendees are free', async () => {
    const res = await m.call<{ slots: { start: string; end: string }[] }>(
      DEMO.marketingHead,
      'POST',
      '/suggest-times',
      { json: search() },
    );
    expect(res.status).toBe(200);
    // Both work 10:00–13:00 Moscow (07–10Z); the planning meeting holds 07–08Z for both people.
    expect(res.body.slots).toEqual([
      { start: '2026-03-03T08:00:00.000Z', end: '2026-03-03T09:00:00.000Z' },
      { start: '2026-03-03T08:30:00.000Z', end: '2026-03-03T09:30:00.000Z' },
      { start: '2026-03-03T09:00:00.000Z', end: '2026-03-03T10:00:00.000Z' },
    ]);
    const alone = await m.call<{ slots: { start: string }[] }>(
      DEMO.marketingHead,
      'POST',
      '/suggest-times',
      {
        json: search({
          departmentIds: ['marketing', 'sales'],
          requiredAttendeeIds: [DEMO.logistician],
        }),
      },
    );
    // Only the organiser is busy at 07–08Z now; Moscow hours run to 13:00 and from 14:00.
    expect(alone.body.slots.map((x) => x.start)).toContain('2026-03-03T11:00:00.000Z');
    expect(alone.body.slots.map((x) => x.start)).not.toContain('2026-03-03T07:00:00.000Z');
    expect(alone.body.slots.map((x) => x.start)).not.toContain('2026-03-03T09:30:00.000Z');
  });

  it('refuses a backwards search range, and members who cannot schedule', async () => {
    const backwards = search({ from: '2026-03-04T00:00:00Z', to: '2026-03-03T00:00:00Z' });
    const res = await m.call(DEMO.marketingHead, 'POST', '/suggest-times', { json: backwards });
    expect(errorPaths(expectProblem(res, 400, 'validation-failed'))).toEqual(['to']);
    const member = await m.call(DEMO.marketer, 'POST', '/suggest-times', { json: search() });
    expectProblem(member, 403, 'forbidden');
  });
});

describe('changes and the cancel on the local calendar', () => {
  const localEvent = async (eventId: string | null) => {
    const { resources } = await s.stack.client
      .database('tandem')
      .container('meetings')
      .items.query<{ eventId: string; status: string; event: { start: { dateTime: string } } }>(
        "SELECT * FROM c WHERE c.docType = 'calendar-event'",
      )
      .fetchAll();
    return resources.filter((r) => r.eventId === eventId);
  };

  it('moves the invitation to the new time with one update', async () => {
    const changed = await m.write(
      DEMO.salesHead,
      'PATCH',
      `/${meeting.id}`,
      { recurrence: { ...planningBody().recurrence, weekdays: [3], localTime: '15:00' } },
      meeting.etag,
    );
    expect(changed.series.revision).toBe(1);
    // The agenda follows the meeting to its new weekday.
    expect(changed.agenda.occurrenceDate).toBe('2026-03-04');
    expect(changed.nextOccurrence?.start).toBe('2026-03-04T12:00:00.000Z');
    await s.stack.app.meetings.idle();
    const { value } = await m.store.get(tenant, meeting.id);
    expect(value.outbox.filter((e) => e.kind === 'update').map((e) => e.status)).toEqual(['done']);
    const [event, ...more] = await localEvent(value.calendar.eventId);
    expect(more).toEqual([]);
    expect(event?.event.start.dateTime).toBe('2026-03-04T15:00:00');
    // Sending the same change again is no change: nothing is written or queued.
    const same = await m.write(
      DEMO.salesHead,
      'PATCH',
      `/${meeting.id}`,
      { durationMinutes: 60 },
      changed.etag,
    );
    expect(same.etag).toBe(changed.etag);
    meeting = changed;
  });

  it('refuses writes from another tenant as if the meeting did not exist', async () => {
    const res = await s.api.call('POST', `/api/meetings/${meeting.id}/cancel`, {
      token: await s.tokenFor(OTHER.executive, OTHER_TENANT_ID),
      headers: { 'if-match': meeting.etag },
    });
    expectProblem(res, 404, 'not-found');
    expect((await m.get(DEMO.salesHead, meeting.id)).series.status).toBe('active');
  });

  it('cancels the event and turns the invitation file into a CANCEL', async () => {
    const cancelled = await m.write(
      DEMO.marketingHead,
      'POST',
      `/${meeting.id}/cancel`,
      {},
      meeting.etag,
    );
    expect(cancelled.series).toMatchObject({ status: 'cancelled', revision: 2 });
    expect(cancelled.nextOccurrence).toBeNull();
    const eventId = (await m.store.get(tenant, meeting.id)).value.calendar.eventId;
    await s.stack.app.meetings.idle();
    expect((await localEvent(eventId))[0]?.status).toBe('cancelled');
    const events = await calendar().listEvents(ORGANISER_MAILBOX);
    expect(events.find((e) => e.eventId === eventId)?.isCancelled).toBe(true);
    const ics = await m.call<string>(DEMO.salesRep, 'GET', `/${meeting.id}/invite.ics`);
    expect(ics.headers.get('content-type')).toMatch(/method=CANCEL/);
    expect(ICAL.Component.fromString(ics.body).getFirstPropertyValue('method')).toBe('CANCEL');
    const again = await m.write(
      DEMO.marketingHead,
      'POST',
      `/${meeting.id}/cancel`,
      {},
      cancelled.etag,
    );
    expect(again.etag).toBe(cancelled.etag);
    const late = await m.call(DEMO.salesRep, 'POST', `/${meeting.id}/items`, {
      json: { title: 'Too late', ownerId: DEMO.salesRep, timeBoxMinutes: 5, kind: 'other' },
      etag: cancelled.etag,
    });
    expectProblem(late, 409, 'conflict');
  });
});
