/**
 * The approvals' SLA alerts: a warning at 75 % of the time to decide and the breach at its due
 * instant, to whoever decides now and to the requester, exactly once each however often the sweep
 * runs — also to an approver whose turn comes after a level was reached. Found in the SLA
 * schedule's buckets, as requests are; approvals written before they were filed there are
 * backfilled by the first sweep that knows them.
 */
import { makeRecordingNotifier } from '../../platform/testing/in-memory-directory';
import { sweepOneKind } from '../../platform/testing/sweep-one-kind';
import { DEMO, MINUTE, approvalDeps, budgetBody } from './approval-test-fixture';
import { createApproval } from './create-approval';
import { decideApproval } from './decide-approval';
import { approvalAlertKind } from './sweep-approval-alerts';

async function asked({ filing = true } = {}) {
  const t = await approvalDeps({ filing });
  const notifier = makeRecordingNotifier();
  const deps = { ...t.deps, notifier };
  // Monday 10:00 in Moscow; 480 business minutes in the Marketing head's calendar: 75 % at
  // 17:00 the same day (lunch 13–14), the due instant on Tuesday at 10:00.
  const { stored } = await createApproval(
    deps,
    await t.person(DEMO.marketer),
    budgetBody([DEMO.marketingHead, DEMO.financeHead]),
  );
  const sweep = () => sweepOneKind(deps, approvalAlertKind(deps));
  const sent = () => [...notifier.sent.values()].map((n) => `${n.kind} ${n.personId}`).sort();
  return { ...t, deps, stored, sweep, sent, notifier };
}

it('warns the current approver and the requester at 75 %, once', async () => {
  const t = await asked();
  expect(t.stored.index.nextAlertAt).toBe(Date.parse('2026-11-30T14:00:00Z'));
  t.advance(7 * 60 - 1);
  expect(await t.sweep()).toMatchObject({ examined: 0, notifications: 0 });
  t.advance(1);
  expect(await t.sweep()).toMatchObject({ examined: 1, notifications: 2, updated: 1 });
  expect(t.sent()).toEqual(
    [`approval-sla-warning ${DEMO.marketingHead}`, `approval-sla-warning ${DEMO.marketer}`].sort(),
  );
  expect(await t.sweep()).toMatchObject({ examined: 0, notifications: 0 });
  const [n] = t.notifier.sent.values();
  expect(n).toMatchObject({ approvalId: t.stored.value.id, createdAt: '2026-11-30T14:00:00.000Z' });
});

it('tells the next approver in sequence of a level already reached, then all of the breach', async () => {
  const t = await asked();
  t.advance(7 * 60);
  await t.sweep();
  t.advance(30);
  const head = await t.person(DEMO.marketingHead);
  const etag = `"1-${t.stored.value.history[0]!.id}"`;
  await decideApproval(t.deps, head, t.stored.value.id, 'approve', {}, etag);
  expect((await t.sweep()).notifications).toBe(1);
  expect(t.sent()).toContain(`approval-sla-warning ${DEMO.financeHead}`);

  t.advance(17 * 60 - 30 - 1); // Tuesday 09:59
  expect((await t.sweep()).notifications).toBe(0);
  t.advance(1);
  expect((await t.sweep()).notifications).toBe(2);
  expect(await t.sweep()).toMatchObject({ examined: 0, notifications: 0 });
  expect(t.sent().filter((s) => s.startsWith('approval-sla-breach'))).toEqual(
    [`approval-sla-breach ${DEMO.financeHead}`, `approval-sla-breach ${DEMO.marketer}`].sort(),
  );
  // The Marketing head has decided: no breach for them.
  expect(t.notifier.sent.size).toBe(5);
});

it('sends only the breach when the sweep first runs after it, and nothing once settled', async () => {
  const t = await asked();
  t.advance(26 * 60);
  expect((await t.sweep()).notifications).toBe(2);
  expect(t.sent()).toEqual(
    [`approval-sla-breach ${DEMO.marketingHead}`, `approval-sla-breach ${DEMO.marketer}`].sort(),
  );

  const other = await asked();
  const marketer = await other.person(DEMO.marketer);
  const etag = `"1-${other.stored.value.history[0]!.id}"`;
  const cancelled = await decideApproval(
    other.deps,
    marketer,
    other.stored.value.id,
    'cancel',
    {},
    etag,
  );
  expect(cancelled.stored.index.nextAlertAt).toBeNull();
  other.advance(26 * 60);
  expect(await other.sweep()).toMatchObject({ examined: 0, notifications: 0 });
});

it('leaves an alert a racing decision overtook to the next run, still once', async () => {
  const t = await asked();
  t.advance(7 * 60);
  const head = await t.person(DEMO.marketingHead);
  const etag = `"1-${t.stored.value.history[0]!.id}"`;
  t.deps.approvalStore.beforeReplace = async () => {
    t.deps.approvalStore.beforeReplace = undefined;
    await decideApproval(t.deps, head, t.stored.value.id, 'approve', {}, etag);
  };
  expect(await t.sweep()).toMatchObject({ notifications: 2, updated: 0, skippedConflicts: 1 });
  t.advance(1);
  // The Finance head's turn has come: their warning is new; the requester's, told again after
  // the lost race, is stored once (the same id).
  expect(await t.sweep()).toMatchObject({ notifications: 2, updated: 1 });
  expect(t.notifier.sent.size).toBe(3);
});

it('never fails a decision that the sweep overtakes on the same approval, however often', async () => {
  for (let round = 0; round < 25; round++) {
    const t = await asked();
    t.advance(7 * 60 + round); // past the warning: the sweep has alerts to record
    const head = await t.person(DEMO.marketingHead);
    const etag = `"1-${t.stored.value.history[0]!.id}"`;
    let sweep: ReturnType<typeof t.sweep> | undefined;
    // The decision has read the approval; the sweep records its alerts before the decision writes.
    t.deps.approvalStore.beforeReplace = async () => {
      t.deps.approvalStore.beforeReplace = undefined;
      sweep = t.sweep();
      await sweep;
    };
    const decided = await decideApproval(t.deps, head, t.stored.value.id, 'approve', {}, etag);
    expect(sweep).toBeDefined();
    expect(await sweep).toMatchObject({ notifications: 2, updated: 1, failed: 0 });
    expect(decided.stored.value.history.at(-1)).toMatchObject({ type: 'approved' });
    expect(decided.stored.index.alertsSent).toHaveLength(2);
  }
});

it('finds an approval in its minute bucket, sweeping every minute, without the query', async () => {
  const t = await asked();
  let queries = 0;
  const findAlertsDue = t.deps.approvalStore.findAlertsDue.bind(t.deps.approvalStore);
  t.deps.approvalStore.findAlertsDue = (now, limit) => {
    queries++;
    return findAlertsDue(now, limit);
  };
  t.advance(6 * 60);
  expect(await t.sweep()).toMatchObject({ source: 'query', examined: 0 });
  const afterFirstRun = queries;
  for (let minute = 1; minute <= 60; minute++) {
    t.advance(1);
    const report = await t.sweep();
    expect([report.source, report.minutesRead]).toEqual(['schedule', 3]);
    expect(report.examined).toBe(minute === 60 ? 1 : 0);
  }
  expect(t.sent()).toHaveLength(2);
  expect(queries).toBe(afterFirstRun);
});

it('warns the next approver the minute after a decision that came after the warning', async () => {
  const t = await asked();
  t.advance(7 * 60);
  expect((await t.sweep()).notifications).toBe(2);
  for (let minute = 1; minute <= 30; minute++) {
    t.advance(1);
    expect((await t.sweep()).examined).toBe(0);
  }
  // The decision files the Finance head's warning, due since 17:00, under the current minute:
  // the sweep has read the minutes behind it.
  const head = await t.person(DEMO.marketingHead);
  const etag = `"1-${t.stored.value.history[0]!.id}"`;
  await decideApproval(t.deps, head, t.stored.value.id, 'approve', {}, etag);
  t.advance(1);
  expect(await t.sweep()).toMatchObject({ source: 'schedule', examined: 1, notifications: 1 });
  expect(t.sent()).toContain(`approval-sla-warning ${DEMO.financeHead}`);
});

it('records only its own fields of the approval it alerts on', async () => {
  const t = await asked();
  t.advance(7 * 60);
  const before = await t.deps.approvalStore.get(t.stored.value.tenantId, t.stored.value.id);
  await t.sweep();
  const after = await t.deps.approvalStore.get(t.stored.value.tenantId, t.stored.value.id);
  expect(after.value).toEqual(before.value);
  const { alertsSent, nextAlertAt, ...rest } = after.index;
  expect(rest).toEqual({ awaiting: before.index.awaiting, slaDueAt: before.index.slaDueAt });
  expect(alertsSent).toHaveLength(2);
  expect(nextAlertAt).toBe(Date.parse('2026-12-01T07:00:00Z')); // the breach, Tuesday 10:00
});

it('backfills approvals written before they were filed, once, when the checkpoint exists', async () => {
  // A running deployment: its sweep has a checkpoint, but no approval was ever filed.
  const t = await asked({ filing: false });
  const marketer = await t.person(DEMO.marketer);
  t.advance(7 * 60); // Monday 17:00: the first approval's warning is due
  const later = await createApproval(t.deps, marketer, budgetBody([DEMO.financeHead]));
  const laterAlert = later.stored.index.nextAlertAt!;
  await t.deps.slaSchedule.advance(
    { sweptThrough: t.now() - 2 * MINUTE, backfilled: ['request'] },
    null,
  );
  t.startFiling(); // the new code is deployed
  expect(t.deps.slaSchedule.filedAt(laterAlert)).toEqual([]);

  // The first approval is due: found by the query. Both have an alert ahead: both are filed.
  const first = await t.sweep();
  expect(first).toMatchObject({ source: 'schedule', backfilled: 2, examined: 1, notifications: 2 });
  expect(t.deps.slaSchedule.filedAt(laterAlert).map((c) => [c.kind, c.id])).toEqual([
    ['approval', later.stored.value.id],
  ]);
  expect([...(await t.deps.slaSchedule.checkpoint())!.value.backfilled].sort()).toEqual([
    'approval',
    'request',
  ]);
  t.advance(1);
  expect(await t.sweep()).toMatchObject({ source: 'schedule', backfilled: 0, examined: 0 });

  // Sweeping every minute up to the later approval's warning, both are found in their buckets:
  // the first at its breach (Tuesday 10:00 in Moscow), the later at its warning.
  let found = 0;
  while (t.now() < laterAlert) {
    t.advance(1);
    const report = await t.sweep();
    expect([report.source, report.backfilled]).toEqual(['schedule', 0]);
    found += report.examined;
  }
  expect(found).toBe(2);
  expect(t.sent()).toContain(`approval-sla-warning ${DEMO.financeHead}`);
  expect(t.sent().filter((s) => s.startsWith('approval-sla-breach'))).toHaveLength(2);
});
