/**
 * The acceptance case of the meetings issue: two organisers — the Marketing head in Moscow and
 * the Sales head for a New York partner — each schedule a weekly series in March through the
 * API in Graph mode. On the calendar (the Graph stand-in) each event is on its organiser's
 * mailbox with a local 10:00 and a Windows zone for the start and the recurrence; read the way
 * Outlook reads it, and in the invitation file expanded by ical.js, every occurrence stays at
 * 10:00 local on both sides of New York's changes (8 March and 1 November 2026).
 */
import { expect } from '@jest/globals';
import { graphSupportedTimeZones, wallTimeToInstant, windowsTimeZoneOf } from '@tandem/shared';
import { DEMO } from '../../../functions/src/platform/local/demo-directory';
import { expand, parse } from '../../../shared/src/meetings/ical/ical-test-helpers';
import { requestsTo } from '../../fixtures/graph-stand-in-state';
import { type GraphApiStack, startGraphApiStack } from '../../fixtures/meetings-graph-stack';
import {
  type MeetingDto,
  type MeetingsClient,
  makeMeetingsClient,
  planningBody,
  tenant,
  MONDAY_10_MSK,
} from '../../fixtures/meetings-api';

const UNTIL = Date.parse('2026-11-11T00:00:00Z');
const DAY = 86_400_000;

const organisers = [
  {
    zone: 'Europe/Moscow',
    windows: 'Russian Standard Time',
    by: DEMO.marketingHead,
    mailbox: 'anna@contoso-trading.example',
    // Moscow keeps UTC+3 all year: the same instant every week.
    utc: { '2026-03-03': '07:00', '2026-03-10': '07:00', '2026-11-03': '07:00' },
  },
  {
    zone: 'America/New_York',
    windows: 'Eastern Standard Time',
    by: DEMO.salesHead,
    mailbox: 'olga@contoso-trading.example',
    // EST (UTC−5) before 8 March, EDT (UTC−4) until 1 November, EST again after.
    utc: { '2026-03-03': '15:00', '2026-03-10': '14:00', '2026-11-03': '15:00' },
  },
] as const;

let s: GraphApiStack;
let m: MeetingsClient;
const scheduled = new Map<string, MeetingDto>();
beforeAll(async () => {
  s = await startGraphApiStack(MONDAY_10_MSK);
  m = makeMeetingsClient(s);
  for (const o of organisers) {
    const body = planningBody({
      title: `Weekly planning (${o.zone})`,
      recurrence: { weekdays: [2], localTime: '10:00', timeZone: o.zone, startDate: '2026-03-03' },
    });
    scheduled.set(o.zone, await m.schedule(body, o.by));
  }
  await s.stack.app.meetings.idle();
}, 60_000);
afterAll(() => s.close());
afterEach(() => expect(s.standIn.state.violations).toEqual([]));

/** Occurrence starts as a calendar reads a Graph event: local date and time in its zone. */
function graphStarts(fields: Record<string, unknown>): number[] {
  const start = fields['start'] as { dateTime: string; timeZone: string };
  const recurrence = fields['recurrence'] as { range: { recurrenceTimeZone: string } };
  expect(recurrence.range.recurrenceTimeZone).toBe(start.timeZone);
  // Any IANA zone Graph's Windows name stands for has the same rules; take the first.
  const iana = graphSupportedTimeZones.find((z) => windowsTimeZoneOf(z) === start.timeZone) ?? '';
  const wall = Date.parse(`${start.dateTime}Z`);
  const starts: number[] = [];
  for (let week = wall; ; week += 7 * DAY) {
    const instant = wallTimeToInstant(iana, week);
    if (instant >= UNTIL) return starts;
    starts.push(instant);
  }
}

describe.each(organisers)('a weekly series organised in $zone', (o) => {
  it('is one Teams event on the organiser’s mailbox at 10:00 local, zone on start and recurrence', () => {
    const meeting = scheduled.get(o.zone);
    const events = s.standIn.state.events.filter(
      (e) => e.fields['subject'] === meeting?.series.title,
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.organiser).toBe(o.mailbox);
    expect(events[0]?.fields).toMatchObject({
      start: { dateTime: '2026-03-03T10:00:00', timeZone: o.windows },
      end: { dateTime: '2026-03-03T11:00:00', timeZone: o.windows },
      recurrence: {
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] },
        range: { startDate: '2026-03-03', recurrenceTimeZone: o.windows },
      },
      isOnlineMeeting: true,
    });
  });

  it('keeps 10:00 local across the DST changes, alike in Graph and in the ical.js-parsed invite', async () => {
    const meeting = scheduled.get(o.zone);
    const event = s.standIn.state.events.find((e) => e.fields['subject'] === meeting?.series.title);
    const fromGraph = graphStarts(event?.fields ?? {});

    const res = await m.call<string>(DEMO.salesRep, 'GET', `/${meeting?.id}/invite.ics`);
    expect(res.status).toBe(200);
    const ics = parse(res.body);
    expect(ics.event.startDate.zone?.tzid).toBe(o.zone);
    expect(ics.calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
      o.zone,
    );
    const fromIcs = expand(ics.event, UNTIL);
    expect(fromIcs.every((t) => t.hour === 10 && t.minute === 0)).toBe(true);

    expect(fromIcs.map((t) => t.toUnixTime() * 1000)).toEqual(fromGraph);
    expect(fromGraph).toHaveLength(37);
    const utcOf = (date: string) =>
      new Date(fromGraph.find((t) => new Date(t).toISOString().startsWith(date)) ?? 0)
        .toISOString()
        .slice(11, 16);
    expect(Object.fromEntries(Object.keys(o.utc).map((d) => [d, utcOf(d)]))).toEqual(o.utc);
    const { value } = await m.store.get(tenant, meeting?.id ?? '');
    expect(value.calendar.syncedRevision).toBe(value.series.revision);
  });
});

it('sends one update with the new attendees when the New York organiser adds one, still 10:00 local', async () => {
  const meeting = scheduled.get('America/New_York');
  if (!meeting) throw new Error('not scheduled');
  const event = s.standIn.state.events.find((e) => e.fields['subject'] === meeting.series.title);
  const before = requestsTo(s.standIn.state, 'PATCH', /\/events\//).length;
  const changed = await m.write(
    DEMO.salesHead,
    'PATCH',
    `/${meeting.id}`,
    { optionalAttendeeIds: [DEMO.salesRep, DEMO.marketer2] },
    meeting.etag,
  );
  await s.stack.app.meetings.idle();

  const patches = requestsTo(s.standIn.state, 'PATCH', /\/events\//).slice(before);
  expect(patches.map((p) => p.path)).toEqual([
    `/users/olga%40contoso-trading.example/events/${event?.id}`,
  ]);
  const sent = JSON.parse(patches[0]?.body ?? '{}') as Record<string, unknown>;
  expect(sent['attendees']).toEqual(
    expect.arrayContaining([
      {
        emailAddress: expect.objectContaining({ address: 'ksenia@contoso-trading.example' }),
        type: 'optional',
      },
    ]),
  );
  expect(sent).toMatchObject({
    start: { dateTime: '2026-03-03T10:00:00', timeZone: 'Eastern Standard Time' },
    recurrence: { range: { recurrenceTimeZone: 'Eastern Standard Time' } },
  });
  expect(sent).not.toHaveProperty('transactionId');
  expect(
    s.standIn.state.events.filter((e) => e.organiser === 'olga@contoso-trading.example'),
  ).toHaveLength(1);
  const { value } = await m.store.get(tenant, meeting.id);
  expect(value.calendar.syncedRevision).toBe(changed.series.revision);
});
