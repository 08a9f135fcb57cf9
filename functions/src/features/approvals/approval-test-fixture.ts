/**
 * The use cases of approvals on in-memory ports and the demo tenant, with Finance moved to the
 * Krasnoyarsk calendar so that "the first approver's department calendar" is visible. Tests only.
 */
import type { Person, PersonId, TenantId } from '@tandem/shared';
import { DEMO } from '../../platform/local/demo-directory';
import type { Directory, ScheduledChange } from '../../kernel/ports';
import { demoTenantId, makeDemoDirectory } from '../../platform/testing/in-memory-directory';
import { makeInMemoryRequestStore } from '../requests/testing/in-memory-request-store';
import { makeInMemorySlaSchedule } from '../../platform/testing/in-memory-sla-schedule';
import { makeInMemoryApprovalStore } from './approval-test-store';

// Monday 2026-11-30 10:00 Moscow (07:00Z), 14:00 in Krasnoyarsk.
export const MONDAY_10_MSK = Date.parse('2026-11-30T07:00:00Z');
export const MINUTE = 60_000;

/**
 * `filing: false` — the approval store files nothing until `startFiling()`: approvals written by
 * a deployment from before approvals were filed in the SLA schedule.
 */
export async function approvalDeps({ filing = true } = {}) {
  let now = MONDAY_10_MSK;
  const clock = { now: () => now };
  const slaSchedule = makeInMemorySlaSchedule(clock);
  let filed = filing;
  const storeFiling = {
    schedule: (change: ScheduledChange) =>
      filed ? slaSchedule.schedule(change) : Promise.resolve(),
  };
  let n = 0;
  const demo = makeDemoDirectory();
  const directory: Directory = {
    ...demo,
    async setup(tenantId) {
      const setup = await demo.setup(tenantId);
      const departments = setup.departments.map((d) =>
        d.id === 'finance' ? { ...d, calendarId: 'krasnoyarsk' as typeof d.calendarId } : d,
      );
      return { ...setup, departments };
    },
  };
  const deps = {
    clock,
    ids: { newId: () => `id-${++n}` },
    directory,
    requestStore: makeInMemoryRequestStore(),
    slaSchedule,
    approvalStore: makeInMemoryApprovalStore(storeFiling),
  };
  const person = async (id: string): Promise<Person> => {
    const found = await directory.findPerson(demoTenantId, id as PersonId);
    if (!found) throw new Error(`No demo person ${id}`);
    return found;
  };
  return {
    deps,
    person,
    advance: (minutes: number) => (now += minutes * MINUTE),
    now: () => now,
    startFiling: () => (filed = true),
    /** The same person in another tenant. */
    elsewhere: async (id: string): Promise<Person> => ({
      ...(await person(id)),
      tenantId: 'other-tenant' as TenantId,
    }),
  };
}

export const budgetBody = (approvers: readonly string[], overrides: object = {}) => ({
  kind: 'campaign-budget',
  title: 'New Year gifts for key clients',
  amount: { value: 480000, currency: 'RUB' },
  approvers: approvers.map((personId) => ({ personId })),
  dueAt: '2026-12-04T15:00:00Z',
  ...overrides,
});

export { DEMO };
