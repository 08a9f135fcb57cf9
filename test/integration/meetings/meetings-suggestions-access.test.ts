/**
 * Agenda suggestions pass the same read check as the requests they name. A Logistics head who
 * schedules a meeting for Logistics, Marketing and Sales may not read the Sales↔Marketing
 * requests (GET /api/requests/{id} is 403 for them), so no view of that meeting suggests them —
 * not the organiser's, not an attendee's who could read them: the agenda is one shared page and
 * goes out with the invitation, so it shows only what every person of the meeting may read.
 */
import { DEMO } from '../../../functions/src/platform/local/demo-directory';
import { type ApiStack, startApiStack } from '../../fixtures/api-stack';
import {
  type MeetingDto,
  type MeetingsClient,
  MONDAY_10_MSK,
  makeMeetingsClient,
  planningBody,
} from '../../fixtures/meetings-api';

let s: ApiStack;
let m: MeetingsClient;
let marketingAndSales: MeetingDto;
let withLogistics: MeetingDto;
beforeAll(async () => {
  s = await startApiStack(MONDAY_10_MSK);
  m = makeMeetingsClient(s);
  marketingAndSales = await m.schedule();
  withLogistics = await m.schedule(
    planningBody({
      title: 'Joint planning: Logistics, Marketing and Sales',
      departmentIds: ['logistics', 'marketing', 'sales'],
      requiredAttendeeIds: [DEMO.salesHead, DEMO.marketer],
      optionalAttendeeIds: [],
    }),
    DEMO.logisticsHead,
  );
  await s.stack.app.meetings.idle();
});
afterAll(() => s.close());

const requestIdsOf = (view: MeetingDto) =>
  view.agenda.items.flatMap((i) => (i.link && 'requestId' in i.link ? [i.link.requestId] : []));
const readRequest = async (by: string, id: string) =>
  (await s.api.call('GET', `/api/requests/${id}`, { token: await s.tokenFor(by) })).status;

describe('agenda suggestions and the read check of requests', () => {
  it('the Sales↔Marketing suggestions exist, and the Logistics head may not read them', async () => {
    const salesMarketing = requestIdsOf(marketingAndSales);
    expect(salesMarketing.length).toBeGreaterThan(0);
    for (const id of salesMarketing) expect(await readRequest(DEMO.logisticsHead, id)).toBe(403);
  });

  it('are not shown to anyone in a meeting whose organiser may not read them', async () => {
    const hidden = new Set(requestIdsOf(marketingAndSales));
    for (const who of [DEMO.logisticsHead, DEMO.salesHead, DEMO.marketer, DEMO.executive]) {
      const view = await m.get(who, withLogistics.id);
      expect(requestIdsOf(view).filter((id) => hidden.has(id))).toEqual([]);
      for (const id of requestIdsOf(view))
        expect(await readRequest(DEMO.logisticsHead, id)).toBe(200);
    }
  });

  it('are not shown in the list of meetings either', async () => {
    const hidden = new Set(requestIdsOf(marketingAndSales));
    const res = await m.call<{ items: MeetingDto[] }>(DEMO.logisticsHead, 'GET', '');
    expect(res.status).toBe(200);
    const view = res.body.items.find((v) => v.id === withLogistics.id);
    expect(view).toBeDefined();
    expect(requestIdsOf(view as MeetingDto).filter((id) => hidden.has(id))).toEqual([]);
  });

  it('cannot be accepted by id either', async () => {
    const item = marketingAndSales.agenda.items.find((i) => i.link && 'requestId' in i.link);
    const view = await m.get(DEMO.logisticsHead, withLogistics.id);
    const res = await m.call(
      DEMO.logisticsHead,
      'POST',
      `/${withLogistics.id}/items/${item?.id}/accept`,
      {
        etag: view.etag,
      },
    );
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});
