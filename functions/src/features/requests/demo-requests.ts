/**
 * The demo tenant's requests, for the first `npm start`: requests in every state, raised and
 * acted on through the real use cases at past instants so that their histories and SLA clocks
 * are genuine — some near breach, one breached.
 */
import {
  type PersonId,
  type RequestId,
  type TenantId,
  businessMinutesBetween,
  compileCalendar,
} from '@tandem/shared';
import type { Capabilities, Clock } from '../../kernel/ports';
import { DEMO, demoCalendars } from '../../platform/local/demo-directory';
import { actOnRequest } from './act-on-request';
import { createRequest } from './create-request';
import { requestVersion } from './request-version';
import type { RequestStoreCapability } from './request-store';

type Deps = Pick<Capabilities, 'directory' | 'ids'> & RequestStoreCapability;

const HOUR = 3_600_000;

export async function seedDemoRequests(
  deps: Deps,
  tenantId: TenantId,
  now: number,
): Promise<number> {
  let at = now;
  const clock: Clock = { now: () => at };
  const d = { ...deps, clock };
  const who = async (id: string) => {
    const person = await deps.directory.findPerson(tenantId, id as PersonId);
    if (!person) throw new Error(`demo person ${id} missing`);
    return person;
  };
  const raise = async (by: string, hoursAgo: number, body: object) => {
    at = now - hoursAgo * HOUR;
    return (await createRequest(d, await who(by), body)).stored;
  };
  const act = async (
    by: string,
    id: RequestId,
    hoursAgo: number,
    action: string,
    body: object = {},
  ) => {
    at = now - hoursAgo * HOUR;
    const current = await deps.requestStore.get(tenantId, id);
    return actOnRequest(d, await who(by), id, action, body, requestVersion(current.value));
  };

  const breached = await raise(DEMO.murmanskRep, 72, {
    toDepartmentId: 'marketing',
    typeId: 'ad-defect',
    priority: 'high',
    title: 'Billboard on Lenin Avenue is hidden by trees',
    description:
      'The new billboard at Lenin Ave 12 cannot be seen from the road: two poplars cover it from May to October. Photo attached in the channel.',
  });
  void breached;
  await raise(DEMO.krasnoyarskRep, 1.5, {
    toDepartmentId: 'logistics',
    typeId: 'stock-check',
    priority: 'normal',
    title: 'Inflatable pools in stock for the June promotion?',
    description:
      'Head office advertises inflatable pools from 1 June. Do we have 40 units for Krasnoyarsk and when do they arrive?',
  });
  await raise(DEMO.marketer, 0.5, {
    toDepartmentId: 'sales',
    typeId: 'question',
    priority: 'urgent',
    title: 'Which key clients get New Year gifts?',
    description:
      'We must order gifts this week to deliver to remote branches in November. Send the list of key clients.',
  });

  const materials = await raise(DEMO.salesHead, 30, {
    toDepartmentId: 'marketing',
    typeId: 'materials',
    priority: 'normal',
    title: 'POS materials for Barnaul stores',
    description: 'Stands and wobblers for the autumn campaign, 12 stores.',
  });
  await act(DEMO.marketer, materials.value.id, 26, 'acknowledge', {
    comment: 'On it; checking the print run.',
  });

  const pushback = await raise(DEMO.barnaulRep, 50, {
    toDepartmentId: 'marketing',
    typeId: 'question',
    priority: 'normal',
    title: 'Beach promotion does not fit Barnaul in October',
    description:
      'Inflatable beach products in October in Barnaul will not sell. Can we swap to heaters?',
  });
  await act(DEMO.marketer2, pushback.value.id, 48, 'acknowledge');
  await act(DEMO.marketer2, pushback.value.id, 46, 'wait', {
    comment: 'Which heater models sell best in your stores?',
  });
  await act(DEMO.barnaulRep, pushback.value.id, 20, 'resume', {
    comment: 'Models H-200 and H-350.',
  });

  const staffing = await raise(DEMO.marketingHead, 26, {
    toDepartmentId: 'sales',
    typeId: 'trade-show-staffing',
    priority: 'high',
    title: '4 sales people for the Moscow Expo, 12–14 March',
    description: 'Expected effect: 60 qualified leads. Need 4 people on the stand each day.',
  });
  await act(DEMO.salesHead, staffing.value.id, 24, 'acknowledge');
  await act(DEMO.salesHead, staffing.value.id, 23, 'wait', {
    comment: 'Is the stand in hall 2 or 3? It changes who can travel.',
  });

  const budget = await raise(DEMO.salesRep, 28, {
    toDepartmentId: 'finance',
    typeId: 'budget-question',
    priority: 'normal',
    title: 'How much did the spring campaign cost?',
    description: 'Clients ask why prices went up; we want to show what marketing spent and why.',
  });
  await act(DEMO.financeHead, budget.value.id, 5, 'answer', {
    text: '1.2 M RUB: 0.7 M media, 0.5 M materials. Details in the spend report.',
  });

  const contacts = await raise(DEMO.murmanskRep, 80, {
    toDepartmentId: 'marketing',
    typeId: 'contact-correction',
    priority: 'high',
    title: 'Wrong phone number for Murmansk in the catalogue',
    description: 'The catalogue prints +7 815 200-00-00; the right number is +7 815 245-10-10.',
  });
  await act(DEMO.marketer, contacts.value.id, 78, 'answer', {
    text: 'Fixed in the online catalogue; the print run is corrected from the next issue.',
  });
  await act(DEMO.murmanskRep, contacts.value.id, 70, 'close');

  const declined = await raise(DEMO.marketer, 40, {
    toDepartmentId: 'logistics',
    typeId: 'task',
    priority: 'low',
    title: 'Deliver stands to all branches tomorrow',
    description: 'All 30 stands to every branch by tomorrow morning.',
  });
  await act(DEMO.logisticsHead, declined.value.id, 38, 'decline', {
    reason: 'Remote branches need 5 working days; please plan deliveries a week ahead.',
  });

  const cancelled = await raise(DEMO.salesRep, 10, {
    toDepartmentId: 'marketing',
    typeId: 'photo-report',
    priority: 'low',
    title: 'Photo report of the window display',
    description: 'Needed for the franchise review.',
  });
  await act(DEMO.salesRep, cancelled.value.id, 9, 'cancel', {
    comment: 'The review was moved to next quarter.',
  });

  // For the joint planning agenda's suggestions: besides the breached billboard, a
  // Marketing–Sales request at risk of its first-response target and one open for over a week.
  await raise(DEMO.salesRep, hoursAgoForWarning(now), {
    toDepartmentId: 'marketing',
    typeId: 'question',
    priority: 'normal',
    title: 'Promo codes for the autumn newsletter?',
    description: 'Key clients ask for codes before the newsletter goes out on Friday.',
  });
  const catalogue = await raise(DEMO.salesHead, 9 * 24, {
    toDepartmentId: 'marketing',
    typeId: 'materials',
    priority: 'normal',
    title: 'Catalogue pages for the spring promotion',
    description: 'Four pages for the spring catalogue: products, prices and the promotion terms.',
  });
  await act(DEMO.marketer, catalogue.value.id, 9 * 24 - 2, 'acknowledge');
  await act(DEMO.marketer, catalogue.value.id, 9 * 24 - 3, 'wait', {
    comment: 'Which products go on the cover? We cannot lay out the pages without them.',
  });
  return 12;
}

/**
 * Hours before `now` at which a normal request to Marketing has used about 70 % of its
 * 240-minute first-response target in Marketing's business time (warning from 50 %), whatever
 * day and hour the demo is seeded at.
 */
function hoursAgoForWarning(now: number): number {
  const marketing = demoCalendars.find((c) => c.id === 'moscow-ho');
  if (!marketing) throw new Error('The demo head-office calendar is missing.');
  const calendar = compileCalendar(marketing);
  const step = HOUR / 4;
  let at = now;
  while (businessMinutesBetween(calendar, at, now) < 168) at -= step;
  return (now - at) / HOUR;
}
