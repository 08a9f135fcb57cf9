/**
 * The Graph stand-in is the judge of every Graph suite: they pass only while it records no
 * violation. So it must refuse what Graph refuses — here, requests that break the documented
 * shapes are sent to it raw, and each must be answered 400 (401 without a token) and listed.
 */
import { toGraphEvent } from '@tandem/shared';
import { Agent, fetch } from 'undici';
import { agendaFor, everyone } from '../../../shared/src/meetings/ical/ical-test-helpers';
import { weeklySeries } from '../../../shared/src/meetings/test-series';
import { type GraphStandIn, startGraphStandIn } from '../../fixtures/graph-stand-in';

const TOKEN = 'token-the-test-put-in';
const moscow = weeklySeries('Europe/Moscow');
const valid = toGraphEvent(moscow, agendaFor(moscow), everyone);
const events = '/users/mona%40example.com/events';
const schedule = '/users/mona%40example.com/calendar/getSchedule';
const zone = { timeZone: 'Russian Standard Time' };

let standIn: GraphStandIn;
let dispatcher: Agent;
beforeAll(async () => {
  standIn = await startGraphStandIn();
  standIn.state.tokens.add(TOKEN);
  dispatcher = new Agent({ connect: { ca: standIn.ca } });
});
afterAll(async () => {
  await dispatcher.close();
  await standIn.close();
});

async function send(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${standIn.url}/v1.0${path}`, {
    method,
    dispatcher,
    headers: {
      authorization: `Bearer ${TOKEN}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  await res.arrayBuffer();
  return res.status;
}

/** Sends the request and returns what the stand-in answered and listed as violations. */
async function judged(...args: Parameters<typeof send>) {
  const before = standIn.state.violations.length;
  const status = await send(...args);
  return { status, violations: standIn.state.violations.slice(before).length };
}

const startUtc = { ...valid, start: { dateTime: '2026-03-03T07:00:00Z', ...zone } };
const ianaZone = { ...valid, start: { ...valid.start, timeZone: 'Europe/Moscow' } };
const { transactionId: _, ...withoutTransaction } = valid;
const offRange = { ...valid, start: { ...valid.start, dateTime: '2026-03-04T10:00:00' } };
const unknownField = { ...valid, colour: 'teal' };
const window = {
  startTime: { dateTime: '2026-03-10T00:00:00', ...zone },
  endTime: { dateTime: '2026-03-11T00:00:00', ...zone },
};
const mailboxes = (n: number) => Array.from({ length: n }, (_x, i) => `p${i}@example.com`);
const preferZone = { prefer: 'outlook.timezone="Russian Standard Time"' };

it('accepts a create in the documented shape, and answers it once per transactionId', async () => {
  expect(await judged('POST', events, valid)).toEqual({ status: 201, violations: 0 });
  expect(await judged('POST', events, valid)).toEqual({ status: 201, violations: 0 });
  expect(standIn.state.events).toHaveLength(1);
});

it.each<[string, Parameters<typeof send>]>([
  ['a UTC dateTime beside its timeZone', ['POST', events, startUtc]],
  ['an IANA zone where Graph wants a Windows name', ['POST', events, ianaZone]],
  ['a create without a transactionId', ['POST', events, withoutTransaction]],
  ['a series that does not start on its range', ['POST', events, offRange]],
  ['an unknown event property', ['POST', events, unknownField]],
  ['a body without a JSON Content-Type', ['POST', events, valid, { 'content-type': 'text/plain' }]],
  [
    'getSchedule without Prefer: outlook.timezone',
    ['POST', schedule, { schedules: mailboxes(2), ...window }],
  ],
  [
    'getSchedule for 21 mailboxes',
    ['POST', schedule, { schedules: mailboxes(21), ...window }, preferZone],
  ],
  [
    'a list with another Prefer',
    ['GET', events, undefined, { prefer: 'outlook.body-content-type="text"' }],
  ],
  ['an unknown $select', ['GET', `${events}?$select=id,colour`]],
  ['a path Graph does not have', ['GET', '/users/mona%40example.com/calendarView']],
])('refuses %s', async (_name, request) => {
  expect(await judged(...request)).toEqual({ status: 400, violations: 1 });
});

it('refuses a PATCH that changes the transactionId, and a call without a token', async () => {
  const eventId = standIn.state.events[0]?.id ?? '';
  const patch = { transactionId: 'another-one' };
  expect(await judged('PATCH', `${events}/${eventId}`, patch)).toEqual({
    status: 400,
    violations: 1,
  });
  expect(await judged('GET', events, undefined, { authorization: '' })).toEqual({
    status: 401,
    violations: 1,
  });
});
