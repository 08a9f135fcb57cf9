/**
 * Approvals for the domain tests: rita (Sales) asks; mona (Marketing head), leo (Logistics head)
 * and eve (executive) decide. Kept out of index.ts and out of the build.
 */
import { minute, people, t0 } from '../requests/test-fixtures';
import type { Approval } from './approval';
import type { ApprovalActionInput } from './approval-input';
import type { ApprovalMode } from './approval-parts';
import { applyApprovalAction } from './approval-machine';
import { createApproval } from './create-approval';

export { people, t0, minute };
export type Who = keyof typeof people;

export function newApproval(
  mode: ApprovalMode,
  approvers: readonly Who[] = ['mona', 'eve'],
): Approval {
  return createApproval(
    {
      kind: 'campaign-budget',
      title: 'New Year gifts for key clients',
      amount: { value: 250000, currency: 'RUB' },
      mode,
      approvers: approvers.map((w) => ({ personId: people[w].id })),
      dueAt: new Date(t0 + 3 * 24 * 60 * minute).toISOString(),
    },
    people.rita,
    {
      now: t0,
      timeZone: 'Europe/Moscow',
      calendarId: 'moscow',
      approvalId: 'ap-1',
      eventId: 'ev-0',
    },
  );
}

export const approve: ApprovalActionInput = { action: 'approve' };
export const reject: ApprovalActionInput = { action: 'reject', comment: 'Too expensive.' };
export const cancel: ApprovalActionInput = { action: 'cancel' };

/** Applies the steps one minute apart, as [person, action]. */
export function play(approval: Approval, steps: readonly [Who, ApprovalActionInput][]): Approval {
  let at = Date.parse(approval.updatedAt);
  return steps.reduce((a, [who, action]) => {
    at += minute;
    return applyApprovalAction(
      a,
      action,
      people[who],
      at,
      'Europe/Moscow',
      `ev-${a.history.length}`,
    );
  }, approval);
}

/** One decision 90 minutes after t0, with a fixed event id. */
export const act = (a: Approval, who: Who, action: ApprovalActionInput = approve): Approval =>
  applyApprovalAction(a, action, people[who], t0 + 90 * minute, 'Europe/Moscow', 'ev-x');

export const ids = (...who: Who[]) => who.map((w) => people[w].id);
