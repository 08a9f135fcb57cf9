/**
 * Minutes of a joint planning meeting over HTTP: action items become requests in the owner
 * department's inbox exactly once, even when the minutes are posted twice; the discussed items
 * stay with their occurrence and the unfinished ones carry over to the next; action items the
 * requests API would refuse are refused before any request is raised.
 */
import type { Agenda } from '@tandem/shared';
import { DEMO } from '../../../functions/src/platform/local/demo-directory';
import { errorPaths, expectProblem } from '../../fixtures/api-client';
import { type RequestDto, makeRequestsClient } from '../../fixtures/api-requests';
import { type ApiStack, startApiStack } from '../../fixtures/api-stack';
import {
  type MeetingDto,
  type MeetingsClient,
  makeMeetingsClient,
  tenant,
  MONDAY_10_MSK,
} from '../../fixtures/meetings-api';

const BILLBOARD = 'Billboard on Lenin Avenue is hidden by trees';

let s: ApiStack;
let m: MeetingsClient;
let meeting: MeetingDto;
const path = (rest = '') => `/${meeting.id}${rest}`;
const byTitle = (view: MeetingDto, title: string) =>
  view.agenda.items.find((i) => i.title === title);
const propose = async (title: string, timeBoxMinutes: number) =>
  m.write(
    DEMO.salesRep,
    'POST',
    path('/items'),
    { title, ownerId: DEMO.marketer, timeBoxMinutes, kind: 'promotion-planning' },
    meeting.etag,
  );
const accept = async (title: string) =>
  m.write(
    DEMO.salesHead,
    'POST',
    path(`/items/${byTitle(meeting, title)?.id}/accept`),
    undefined,
    meeting.etag,
  );

/** On the agenda: the breached billboard and "Trade show staffing" accepted, one proposal. */
beforeAll(async () => {
  s = await startApiStack(MONDAY_10_MSK);
  m = makeMeetingsClient(s);
  meeting = await m.schedule();
  meeting = await accept(BILLBOARD);
  meeting = await propose('Spring promotion: dates and stock', 15);
  meeting = await propose('Trade show staffing', 20);
  meeting = await accept('Trade show staffing');
  await s.stack.app.meetings.idle();
});
afterAll(() => s.close());

describe('minutes', () => {
  const salesInbox = async (): Promise<RequestDto[]> =>
    makeRequestsClient(s).listAll(DEMO.salesRep, 'box=inbox&limit=200');
  let minutesBody: object;
  let before: MeetingDto;
  let storedBefore: Agenda;

  it('turn action items into requests of the owner department, once even when posted twice', async () => {
    before = meeting;
    storedBefore = (await m.store.get(tenant, meeting.id)).value.agenda;
    const billboard = byTitle(meeting, BILLBOARD);
    minutesBody = {
      items: [
        {
          agendaItemId: billboard?.id,
          decisions: ['Marketing moves the billboard to Lenin Ave 20 before May.'],
          actionItems: [
            {
              title: 'Photo report of the moved billboard',
              ownerDepartmentId: 'sales',
              dueDate: '2026-04-30',
              description: 'Murmansk reps photograph the new site.',
            },
          ],
        },
      ],
    };
    const [first, second] = await Promise.all(
      [0, 1].map(() =>
        m.call(DEMO.marketingHead, 'POST', path('/minutes'), {
          json: minutesBody,
          etag: meeting.etag,
        }),
      ),
    );
    expect([first?.status, second?.status].sort()).toEqual([200, 412]);
    const recorded = (first?.status === 200 ? first : second)?.body as MeetingDto;
    const [minutes] = recorded.minutes;
    expect(minutes).toMatchObject({ occurrenceDate: '2026-03-03' });
    expect(minutes?.createdRequestIds).toHaveLength(1);
    // A retry that never saw the answer: the version it holds is gone, nothing is raised again.
    const retry = await m.call(DEMO.marketingHead, 'POST', path('/minutes'), {
      json: minutesBody,
      etag: meeting.etag,
    });
    expectProblem(retry, 412, 'precondition-failed');
    const raised = (await salesInbox()).filter(
      (r) => r.title === 'Photo report of the moved billboard',
    );
    expect(raised.map((r) => r.id)).toEqual(minutes?.createdRequestIds);
    expect(raised[0]).toMatchObject({
      fromDepartmentId: 'marketing',
      toDepartmentId: 'sales',
      requesterId: DEMO.marketingHead,
      status: 'new',
    });
    expect(raised[0]?.description).toContain('Due 2026-04-30.');
    meeting = recorded;
  });

  it('carry the unfinished items over to the next occurrence, first and in their order', async () => {
    expect(meeting.agenda.occurrenceDate).toBe('2026-03-10');
    const stored = new Set<string>(
      (await m.store.get(tenant, meeting.id)).value.agenda.items.map((i) => i.id),
    );
    const unfinished = storedBefore.items
      .filter((i) => ['accepted', 'proposed'].includes(i.status) && i.title !== BILLBOARD)
      .sort((a, b) => a.order - b.order);
    expect(unfinished.map((i) => i.title)).toEqual([
      'Spring promotion: dates and stock',
      'Trade show staffing',
    ]);
    const carried = meeting.agenda.items.slice(0, unfinished.length);
    expect(carried.map((i) => [i.title, i.status])).toEqual(
      unfinished.map((i) => [i.title, i.status]),
    );
    expect(carried.every((i) => stored.has(i.id))).toBe(true);
    // The discussed item stays with its occurrence; the still-breached request is suggested anew.
    expect(stored.has(byTitle(before, BILLBOARD)?.id ?? '')).toBe(false);
    expect(byTitle(meeting, BILLBOARD)).toMatchObject({ status: 'proposed' });
    expect(meeting.nextOccurrence?.localDate).toBe('2026-03-03');
    expect(meeting.series.revision).toBe(before.series.revision + 1);
  });

  it('refuses action items the requests API would refuse, raising none of them', async () => {
    const item = meeting.agenda.items.find((i) => i.status === 'accepted');
    const bad = {
      items: [
        {
          agendaItemId: item?.id,
          actionItems: [
            { title: 'Fine', ownerDepartmentId: 'sales', dueDate: '2026-04-01' },
            { title: 'Own department', ownerDepartmentId: 'marketing', dueDate: '2026-04-01' },
            { title: 'Unknown', ownerDepartmentId: 'pr', dueDate: '2026-04-01' },
          ],
        },
      ],
    };
    const res = await m.call(DEMO.marketingHead, 'POST', path('/minutes'), {
      json: bad,
      etag: meeting.etag,
    });
    expect(errorPaths(expectProblem(res, 400, 'validation-failed'))).toEqual([
      'items.0.actionItems.1.ownerDepartmentId',
      'items.0.actionItems.2.ownerDepartmentId',
    ]);
    expect((await salesInbox()).map((r) => r.title)).not.toContain('Fine');
  });
});
