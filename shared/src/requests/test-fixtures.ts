/**
 * A small tenant for the domain tests: Sales asks Marketing, Logistics stands aside.
 * Kept out of index.ts; the functions' tests may import it directly.
 */
import { isDomainError } from '../kernel/errors';
import type { EpochMs } from '../sla/types';
import { createRequest } from './create-request';
import type { Person } from '../kernel/directory';
import type { DepartmentId, PersonId, TenantId } from '../kernel/ids';
import type { Request } from './request';
import type { ActionName, RequestActionInput } from './request-actions';
import { applyAction } from './request-machine';
import type { RequestStatus } from './request-status';
import type { SlaPolicySnapshot } from './sla-policy-snapshot';

export const tenant = 'tenant-1' as TenantId;
export const sales = 'sales' as DepartmentId;
export const marketing = 'marketing' as DepartmentId;
export const logistics = 'logistics' as DepartmentId;
const management = 'management' as DepartmentId;

const person = (id: string, departmentId: DepartmentId, role: Person['role']): Person => ({
  id: id as PersonId,
  tenantId: tenant,
  displayName: id[0]?.toUpperCase() + id.slice(1),
  email: `${id}@example.com`,
  departmentId,
  branchId: null,
  role,
});

/** rita raises the requests; sam is her head; sara is a colleague who did not raise them. */
export const people = {
  rita: person('rita', sales, 'member'),
  sam: person('sam', sales, 'head'),
  sara: person('sara', sales, 'member'),
  mark: person('mark', marketing, 'member'),
  mona: person('mona', marketing, 'head'),
  leo: person('leo', logistics, 'head'),
  eve: person('eve', management, 'executive'),
  ada: person('ada', marketing, 'admin'),
};
export type PersonKey = keyof typeof people;
export const personKeys = Object.keys(people) as PersonKey[];
export const stranger: Person = {
  ...people.mark,
  id: 'olga' as PersonId,
  tenantId: 't2' as TenantId,
};

export const policy: SlaPolicySnapshot = {
  policyId: 'default' as SlaPolicySnapshot['policyId'],
  firstResponseMinutes: 240,
  resolutionMinutes: 960,
  warningThresholds: [50, 75, 90],
  escalation: [{ atPercent: 100, notify: 'responder-head' }],
};

export const t0: EpochMs = Date.UTC(2026, 2, 6, 14, 40); // Friday 17:40 in Moscow
export const minute = 60_000;

export function newRequest(at: EpochMs = t0): Request {
  return createRequest(
    { toDepartmentId: marketing, typeId: 'stock-check', priority: 'high', title: 'Stock of X?' },
    people.rita,
    policy,
    at,
    'Europe/Moscow',
    { requestId: 'req-1', eventId: 'ev-0' },
  );
}

/** A valid body for every action (reassign goes to Logistics). */
export const validInput: { [A in ActionName]: RequestActionInput & { action: A } } = {
  acknowledge: { action: 'acknowledge' },
  answer: { action: 'answer', text: 'We have 40 in stock.' },
  comment: { action: 'comment', text: 'Any news?' },
  wait: { action: 'wait', comment: 'Which warehouse?' },
  resume: { action: 'resume' },
  resolve: { action: 'resolve', comment: 'Done.' },
  close: { action: 'close' },
  reopen: { action: 'reopen', comment: 'The count was wrong.' },
  decline: { action: 'decline', reason: 'Not ours to answer.' },
  cancel: { action: 'cancel' },
  reassign: { action: 'reassign', toDepartmentId: logistics, comment: 'Logistics knows.' },
};

/** Applies steps one minute apart; each step is [person, action]. */
export function play(request: Request, steps: readonly [PersonKey, ActionName][]): Request {
  let at = Date.parse(request.updatedAt);
  return steps.reduce((r, [who, action]) => {
    at += minute;
    return applyAction(
      r,
      validInput[action],
      people[who],
      at,
      'Europe/Moscow',
      `ev-${r.history.length}`,
    );
  }, request);
}

const pathTo: Record<RequestStatus, [PersonKey, ActionName][]> = {
  new: [],
  acknowledged: [['mark', 'acknowledge']],
  in_progress: [
    ['mark', 'acknowledge'],
    ['mark', 'wait'],
    ['rita', 'resume'],
  ],
  waiting_on_requester: [
    ['mark', 'acknowledge'],
    ['mark', 'wait'],
  ],
  resolved: [['mark', 'answer']],
  closed: [
    ['mark', 'answer'],
    ['rita', 'close'],
  ],
  declined: [['mona', 'decline']],
  cancelled: [['rita', 'cancel']],
};

export function requestIn(status: RequestStatus): Request {
  return play(newRequest(), pathTo[status]);
}

/** 'ok' or the tag of the domain error thrown; anything else is rethrown. */
export function outcome(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (isDomainError(error)) return error._tag;
    throw error;
  }
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
