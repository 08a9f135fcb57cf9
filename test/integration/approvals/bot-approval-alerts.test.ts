/**
 * Approval SLA alerts: as the sweep passes the warning threshold and then the due instant of an
 * approval's own SLA, whoever must decide now and the requester get a notification (stored, in
 * the tab's list) and an alert card in their personal chat — exactly once each, however often
 * the sweep runs.
 */
import { releaseCardDom } from '../../../functions/src/platform/cards/card-test-dom';
import { verbsOf } from '../../../functions/src/platform/cards/card-test-walk';
import { DEMO } from '../../../functions/src/platform/local/demo-directory';
import type { AnyNotification } from '@tandem/shared';
import { budgetApproval } from '../../fixtures/approvals-stack';
import { personalChatOf } from '../../fixtures/bot-activities';
import { cardOf } from '../../fixtures/bot-cards';
import { type ApprovalBot, makeApprovalBot } from '../../fixtures/bot-approvals';
import type { ConnectorCall } from '../../fixtures/bot-connector-stand-in';
import { type BotStack, startBotStack } from '../../fixtures/bot-stack';

const requester = DEMO.marketer;
const approver = DEMO.marketingHead;
const chatOf = (personId: string) => personalChatOf(personId).id;

let s: BotStack;
let bot: ApprovalBot;
beforeAll(async () => {
  s = await startBotStack('2026-12-01T07:00:00Z'); // Tuesday 10:00 in Moscow
  bot = makeApprovalBot(s);
  await bot.openChats(requester, approver);
});
afterAll(async () => {
  await s.close();
  releaseCardDom();
});

const notificationsOf = async (personId: string, approvalId: string) => {
  const res = await s.api.call<{ items: AnyNotification[] }>('GET', '/api/notifications', {
    token: await s.tokenFor(personId),
  });
  expect(res.status).toBe(200);
  return res.body.items.filter((n) => 'approvalId' in n && n.approvalId === approvalId);
};

it('warns at 75 %, then tells the approver and the requester of the breach once each', async () => {
  const asked = await bot.ask(requester, budgetApproval([approver, DEMO.financeHead]));
  await s.settle();
  // Only the alert cards about this approval count (the sweep also moves seeded requests on).
  const alertsIn = (calls: readonly ConnectorCall[]) =>
    calls
      .filter((c) => c.method === 'POST' && JSON.stringify(c.body).includes(asked.id))
      .map((c) => ({ to: c.conversationId, ...cardOf(c) }));

  // 480 business minutes from Tuesday 10:00: 75 % at 17:00, due on Wednesday at 10:00 (Moscow).
  s.clock.set('2026-12-01T13:59:00Z');
  expect(alertsIn(await s.callsDuring(() => s.stack.app.sweep()))).toEqual([]);
  s.clock.set('2026-12-01T14:00:00Z');
  const warning = alertsIn(await s.callsDuring(() => s.stack.app.sweep()));
  expect(warning.map((a) => a.to).sort()).toEqual([chatOf(approver), chatOf(requester)].sort());
  const toApprover = warning.find((a) => a.to === chatOf(approver));
  expect(toApprover?.text).toMatch(/^Approval SLA warning: 75% of the time to decide is used/);
  // The approver can decide from the alert itself; the requester can cancel from theirs.
  expect(verbsOf(toApprover!.card)).toEqual(['approval.approve', 'approval.reject']);
  expect(verbsOf(warning.find((a) => a.to === chatOf(requester))!.card)).toEqual([
    'approval.cancel',
  ]);

  s.clock.set('2026-12-02T07:00:00Z');
  const reports: Awaited<ReturnType<typeof s.stack.app.sweep>>[] = [];
  const breach = alertsIn(
    await s.callsDuring(async () => {
      reports.push(await s.stack.app.sweep());
      reports.push(await s.stack.app.sweep());
    }),
  );
  // Two sweeps after the due instant: one breach card each, from the first; none from the second.
  expect(breach.map((a) => a.to).sort()).toEqual([chatOf(approver), chatOf(requester)].sort());
  for (const alert of breach) expect(alert.text).toMatch(/^Approval SLA breached/);
  expect(reports.map((r) => r.approvals.notifications)).toEqual([2, 0]);
  const stored = await notificationsOf(approver, asked.id);
  expect(stored.map((n) => n.kind).sort()).toEqual(['approval-sla-breach', 'approval-sla-warning']);
  expect(stored.find((n) => n.kind === 'approval-sla-breach')?.title).toBe(
    'Approval overdue: New Year gifts for key clients',
  );
  expect((await notificationsOf(requester, asked.id)).map((n) => n.kind).sort()).toEqual([
    'approval-sla-breach',
    'approval-sla-warning',
  ]);
  expect(await notificationsOf(DEMO.financeHead, asked.id)).toEqual([]);
  expect(s.botErrors).toEqual([]);
});
