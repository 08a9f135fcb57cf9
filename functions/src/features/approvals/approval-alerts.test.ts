/** When an approval's SLA alerts fall due, and for whom. */
import type { Approval, PersonId } from '@tandem/shared';
import { demoCalendars } from '../../platform/local/demo-directory';
import { calendarLookup } from '../../kernel/sla-view';
import {
  alertKey,
  approvalAlertInstants,
  approvalAlertsDue,
  nextApprovalAlertAt,
} from './approval-alerts';
import { DEMO, approvalDeps, budgetBody } from './approval-test-fixture';
import { createApproval } from './create-approval';

async function financeFirst(slaMinutes: number): Promise<Approval> {
  const { deps, person } = await approvalDeps();
  const body = { ...budgetBody([DEMO.financeHead, DEMO.marketingHead]), slaMinutes };
  return (await createApproval(deps, await person(DEMO.marketer), body)).stored.value;
}

const calendars = calendarLookup(demoCalendars);

it('counts in the first approver’s calendar: 75 % and 100 % of 240 minutes in Krasnoyarsk', async () => {
  const approval = await financeFirst(240);
  // Monday 14:00 in Krasnoyarsk (10:00 Moscow): 180 minutes end at 17:00, 240 at 18:00 there.
  expect(approvalAlertInstants(approval, calendars)).toEqual({
    warningAt: Date.parse('2026-11-30T10:00:00Z'),
    warningPercent: 75,
    breachAt: Date.parse('2026-11-30T11:00:00Z'),
  });
});

it('sends the highest level reached to those not told of it, then nothing is left', async () => {
  const approval = await financeFirst(240);
  const at = approvalAlertInstants(approval, calendars);
  const finance = DEMO.financeHead as PersonId;
  const marketer = DEMO.marketer as PersonId;
  expect(approvalAlertsDue(approval, at, new Set(), at.warningAt - 1)).toEqual([]);
  expect(approvalAlertsDue(approval, at, new Set(), at.warningAt).map((a) => a.key)).toEqual([
    alertKey('warning', finance),
    alertKey('warning', marketer),
  ]);
  const warned = new Set([alertKey('warning', finance), alertKey('warning', marketer)]);
  expect(nextApprovalAlertAt(approval, at, warned)).toBe(at.breachAt);
  expect(approvalAlertsDue(approval, at, warned, at.breachAt)).toEqual([
    { key: alertKey('breach', finance), level: 'breach', personId: finance, atPercent: 100 },
    { key: alertKey('breach', marketer), level: 'breach', personId: marketer, atPercent: 100 },
  ]);
  const all = new Set([...warned, alertKey('breach', finance), alertKey('breach', marketer)]);
  expect(nextApprovalAlertAt(approval, at, all)).toBeNull();
});
