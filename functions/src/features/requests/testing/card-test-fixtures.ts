/**
 * Requests of the demo tenant in every status, and the people who look at them, for the card
 * tests. Ivan (a Sales rep in the Murmansk branch) asks Marketing; person ids are GUIDs, so a
 * test can tell that no id leaked into a card. Test support only.
 */
import {
  type EpochMs,
  type Person,
  type Request,
  type RequestActionInput,
  type RequestStatus,
  applyAction,
  createRequest,
  toPolicySnapshot,
} from '@tandem/shared';
import { DEMO } from '../../../platform/local/demo-directory';
import type { TenantSetup } from '../../../kernel/ports';
import { makeDemoDirectory, demoTenantId } from '../../../platform/testing/in-memory-directory';
import { toSlaDto } from '../../../kernel/sla-view';
import { cardNamesFrom } from '../../../platform/cards/card-names';
import type { CardLocale } from '../../../platform/cards/card-texts';
import type { RequestCardView } from '../cards/request-card';
import { evaluateSla } from '../request-sla';

export const t0: EpochMs = Date.UTC(2026, 2, 9, 7, 0); // Monday 10:00 in Moscow
export const hour = 3_600_000;
export const tab = { appId: '5f1e0c2a-tandem-app', webUrl: 'https://tandem.example.com/' };
export const etag = '"0x8DE1"';

export const viewerRoles = [
  'requester',
  'requesterHead',
  'responder',
  'responderHead',
  'executive',
  'other',
] as const;
export type ViewerRole = (typeof viewerRoles)[number];

const idOf: Readonly<Record<ViewerRole, string>> = {
  requester: DEMO.murmanskRep,
  requesterHead: DEMO.salesHead,
  responder: DEMO.marketer,
  responderHead: DEMO.marketingHead,
  executive: DEMO.executive,
  other: DEMO.logistician,
};

export interface CardWorld {
  readonly people: readonly Person[];
  readonly setup: TenantSetup;
  readonly person: (role: ViewerRole) => Person;
}

export async function loadCardWorld(): Promise<CardWorld> {
  const directory = makeDemoDirectory();
  const [people, setup] = await Promise.all([
    directory.listPeople(demoTenantId),
    directory.setup(demoTenantId),
  ]);
  const person = (role: ViewerRole) => {
    const found = people.find((p) => p.id === idOf[role]);
    if (!found) throw new Error(`No demo person for ${role}`);
    return found;
  };
  return { people, setup, person };
}

type Step = readonly [ViewerRole, RequestActionInput];
const ack: Step = ['responder', { action: 'acknowledge' }];
const wait: Step = [
  'responder',
  { action: 'wait', comment: 'Which warehouse, Murmansk or Moscow?' },
];
const answer: Step = ['responder', { action: 'answer', text: '40 boxes in the Moscow warehouse.' }];

export const pathTo: Readonly<Record<RequestStatus, readonly Step[]>> = {
  new: [],
  acknowledged: [ack],
  waiting_on_requester: [ack, wait],
  in_progress: [ack, wait, ['requester', { action: 'resume', comment: 'Moscow, please.' }]],
  resolved: [ack, answer],
  closed: [ack, answer, ['requester', { action: 'close' }]],
  declined: [['responderHead', { action: 'decline', reason: 'Logistics keeps the stock.' }]],
  cancelled: [['requester', { action: 'cancel', comment: 'Found it myself.' }]],
};

export function requestIn(
  world: CardWorld,
  status: RequestStatus,
  edit: (r: Request) => Request = (r) => r,
): Request {
  const policy = world.setup.slaPolicies[0];
  if (!policy) throw new Error('The demo tenant has no SLA policy.');
  const input = {
    toDepartmentId: 'marketing',
    typeId: 'stock-check',
    priority: 'high',
    title: 'Stock of the spring catalogue',
    description: 'How many boxes are left for the Murmansk trade show?',
  } as const;
  const created = edit(
    createRequest(input, world.person('requester'), toPolicySnapshot(policy), t0, 'Europe/Moscow', {
      requestId: 'req-42',
      eventId: 'ev-0',
    }),
  );
  return pathTo[status].reduce(
    (r, [role, action], i) =>
      applyAction(
        r,
        action,
        world.person(role),
        t0 + (i + 1) * hour,
        'Europe/Moscow',
        `ev-${i + 1}`,
      ),
    created,
  );
}

export function viewOf(
  world: CardWorld,
  request: Request,
  viewer: Person | null,
  locale: CardLocale = 'en',
  now: EpochMs = Date.parse(request.updatedAt) + hour,
): RequestCardView {
  return {
    request,
    etag,
    sla: toSlaDto(evaluateSla(request, world.setup, now).sla),
    viewer,
    names: cardNamesFrom(world.setup, world.people, locale),
    tab,
    now,
    locale,
  };
}
