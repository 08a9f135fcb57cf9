/**
 * Approvals of the demo tenant for the card tests: Dmitry (a marketer) asks for a campaign
 * budget; Anna (the Marketing head) and Natalia (the Finance head) decide, in sequence unless
 * told otherwise. Time starts on Monday 30 November 2026, 10:00 in Moscow. Test support only.
 */
import {
  type Approval,
  type ApprovalActionInput,
  type ApprovalMode,
  type EpochMs,
  type Person,
  type PersonId,
  applyApprovalAction,
  createApproval,
} from '@tandem/shared';
import { approvalSlaDtoOf, approvalVersion } from '../approval-view';
import { DEMO } from '../../../platform/local/demo-directory';
import type { ApprovalCardView } from './approval-card';
import { cardNamesFrom } from '../../../platform/cards/card-names';
import type { CardLocale } from '../../../platform/cards/card-texts';
import { type CardWorld, hour, tab } from '../../requests/testing/card-test-fixtures';

export const monday: EpochMs = Date.parse('2026-11-30T07:00:00Z');
export { hour };

export const approvalRoles = {
  requester: DEMO.marketer,
  first: DEMO.marketingHead,
  second: DEMO.financeHead,
  executive: DEMO.executive,
  other: DEMO.logistician,
} as const;
export type ApprovalRole = keyof typeof approvalRoles;

export function personIn(world: CardWorld, role: ApprovalRole): Person {
  const found = world.people.find((p) => p.id === approvalRoles[role]);
  if (!found) throw new Error(`No demo person for ${role}`);
  return found;
}

export function budgetApprovalIn(
  world: CardWorld,
  mode: ApprovalMode = 'sequential',
  edit: (input: Record<string, unknown>) => Record<string, unknown> = (i) => i,
): Approval {
  const input = edit({
    kind: 'campaign-budget',
    title: 'New Year gifts for key clients',
    description: 'Gift boxes for 120 key clients, delivered to the branches by 20 December.',
    amount: { value: 480000, currency: 'RUB' },
    mode,
    approvers: [approvalRoles.first, approvalRoles.second].map((id) => ({
      personId: id as PersonId,
    })),
    dueAt: '2026-12-04T15:00:00Z',
  });
  return createApproval(
    input as Parameters<typeof createApproval>[0],
    personIn(world, 'requester'),
    {
      now: monday,
      timeZone: 'Europe/Moscow',
      calendarId: 'moscow-ho',
      approvalId: 'ap-7',
      eventId: 'ev-0',
    },
  );
}

/** Applies the steps an hour apart, as [role, action]. */
export function decided(
  world: CardWorld,
  approval: Approval,
  steps: readonly (readonly [ApprovalRole, ApprovalActionInput])[],
): Approval {
  return steps.reduce(
    (a, [role, action], i) =>
      applyApprovalAction(
        a,
        action,
        personIn(world, role),
        Date.parse(approval.updatedAt) + (i + 1) * hour,
        'Europe/Moscow',
        `ev-${a.history.length}`,
      ),
    approval,
  );
}

export function approvalViewOf(
  world: CardWorld,
  approval: Approval,
  viewer: ApprovalRole | null,
  locale: CardLocale = 'en',
  now: EpochMs = Date.parse(approval.updatedAt) + hour,
): ApprovalCardView {
  return {
    approval,
    etag: approvalVersion(approval),
    sla: approvalSlaDtoOf(approval, world.setup, now),
    viewer: viewer ? personIn(world, viewer) : null,
    names: cardNamesFrom(world.setup, world.people, locale),
    tab,
    now,
    locale,
  };
}
