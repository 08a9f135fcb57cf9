/**
 * Scheduling a joint planning meeting on the local stack (the local calendar, no tenant): the
 * series and its calendar event made once, who may see it, bodies refused before anything is
 * written, the invitation file, changes and the cancel reaching the local calendar.
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
  await s.stack.app.meetings.idle();
});
afterAll(() => s.close());

const calendar = () => s.stack.app.meetings.calendarFor(tenant);

describe('scheduling', () => {
  it('answers 201 with the meeting, its first occurrence and an ETag', async () => {
    expect(meeting.series).toMatchObject({
      title: 'Joint planning: Marketing and Sales',
      organiserId: DEMO.marketingHead,
      status: 'active',
      revision: 0,
    });
    expect(meeting.nextOccurrence).toEqual({
      start: '2026-03-03T07:00:00.000Z',
      end: '2026-03-03T08:00:00.000Z',
      timeZone: 'Europe/Moscow',
      localDate: '2026-03-03',
    });
    expect(meeting.agenda.occurrenceDate).toBe('2026-03-03');
    expect(meeting.allowed).toEqual({
      change: true,
      propose: true,
      curate: true,
      recordMinutes: true,
    });
    expect(meeting.etag).toMatch(/^"0-/);
  });

  it('puts the meeting on the organiser’s calendar exactly once', async () => {
    const events = await calendar().listEvents(ORGANISER_MAILBOX);
    const { value } = await m.store.get(tenant, meeting.id);
    const create = value.outbox.find((e) => e.kind === 'create');
    expect(create?.status).toBe('done');
    expect(events.filter((e) => e.transactionId === create?.transactionId)).toHaveLength(1);
    expect(value.calendar).toMatchObject({ syncedRevision: 0, lastError: null });
    const view = await m.get(DEMO.salesHead, meeting.id);
    expect(view.calendar).toMatchObject({ state: 'synced', eventId: value.calendar.eventId });
    // The processor's bookkeeping did not change the version people hold.
    expect(view.etag).toBe(meeting.etag);
  });

  it('lists it for both departments, not for Logistics', async () => {
    const list = async (by: string) =>
      (await m.call<{ items: MeetingDto[] }>(by, 'GET', '')).body.items.map((i) => i.id);
    expect(await list(DEMO.salesRep)).toContain(meeting.id);
    expect(await list(DEMO.executive)).toContain(meeting.id);
    expect(await list(DEMO.logistician)).not.toContain(meeting.id);
  });

  it('refuses a member of an unrelated department (403) and another tenant (404)', async () => {
    expectProblem(await m.call(DEMO.logistician, 'GET', `/${meeting.id}`), 403, 'forbidden');
    const other = await s.api.call('GET', `/api/meetings/${meeting.id}`, {
      token: await s.tokenFor(OTHER.marketer, OTHER_TENANT_ID),
    });
    expectProblem(other, 404, 'not-found');
    const otherList = await s.api.call<{ items: unknown[] }>('GET', '/api/meetings', {
      token: await s.tokenFor(OTHER.executive, OTHER_TENANT_ID),
    });
    expect(otherList.body.items).toEqual([]);
  });

  it('lets only heads, executives and admins schedule, heads for their own department', async () => {
    expectProblem(
      await m.call(DEMO.marketer, 'POST', '', { json: planningBody() }),
      403,
      'forbidden',
    );
    const notMine = planningBody({ departmentIds: ['logistics', 'finance'] });
    expectProblem(
      await m.call(DEMO.marketingHead, 'POST', '', { json: notMine }),
      403,
      'forbidden',
    );
  });

  it.each([
    ['no title', planningBody({ title: '' }), ['title']],
    ['one department', planningBody({ departmentIds: ['sales'] }), ['departmentIds']],
    [
      'an unknown department',
      planningBody({ departmentIds: ['marketing', 'pr'] }),
      ['departmentIds.1'],
    ],
    ['an unknown attendee', planningBody({ requiredAttendeeIds: ['nobody'] }), ['attendees']],
    [
      'a bad time',
      planningBody({ recurrence: { ...planningBody().recurrence, localTime: '25:00' } }),
      ['recurrence.localTime'],
    ],
    ['an extra field', planningBody({ colour: 'red' }), ['']],
  ])('refuses %s with 400 and writes nothing', async (_case, body, paths) => {
    const before = (await m.call<{ items: MeetingDto[] }>(DEMO.admin, 'GET', '')).body.items;
    const res = await m.call(DEMO.marketingHead, 'POST', '', { json: body });
    expect(errorPaths(expectProblem(res, 400, 'validation-failed'))).toEqual(paths);
    const after = (await m.call<{ items: MeetingDto[] }>(DEMO.admin, 'GET', '')).body.items;
    expect(after.map((i) => i.id)).toEqual(before.map((i) => i.id));
  });

  it('replays an Idempotency-Key instead of scheduling twice', async () => {
    const headers = { 'idempotency-key': 'planning-2026' };
    const body = planningBody({ title: 'Planning (idempotent)' });
    const first = await m.call(DEMO.salesHead, 'POST', '', { json: body, headers });
    const again = await m.call(DEMO.salesHead, 'POST', '', { json: body, headers });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const reused = await m.call(DEMO.salesHead, 'POST', '', {
      json: { ...body, durationMinutes: 90 },
      headers,
    });
    expectProblem(reused, 409, 'conflict');
  });
});

describe('the invitation file', () => {
  it('parses as a REQUEST with the Moscow zone, the weekly rule and the attendees', async () => {
    const res = await m.call<string>(DEMO.salesRep, 'GET', `/${meeting.id}/invite.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar; method=REQUEST/);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Joint-planning-Marketing-and-Sales\.ics"/,
    );
    const root = ICAL.Component.fromString(res.body);
    expect(root.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = root.getFirstSubcomponent('vevent');
    const start = event?.getFirstProperty('dtstart');
    expect(start?.getParameter('tzid')).toBe('Europe/Moscow');
    expect(String(start?.getFirstValue())).toBe('2026-03-03T10:00:00');
    expect(root.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
      'Europe/Moscow',
    );
    const rule = event?.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect([rule.freq, rule.parts.BYDAY]).toEqual(['WEEKLY', ['TU']]);
    const attendees = event?.getAllProperties('attendee').map((a) => String(a.getFirstValue()));
    expect(attendees?.sort()).toEqual([
      'mailto:dmitry@contoso-trading.example',
      'mailto:maxim@contoso-trading.example',
      'mailto:olga@contoso-trading.example',
    ]);
  });
});
