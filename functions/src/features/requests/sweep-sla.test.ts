import type { PersonId } from '@tandem/shared';
import { DEMO } from '../../platform/local/demo-directory';
import {
  makeDemoDirectory,
  makeRecordingNotifier,
  demoTenantId,
} from '../../platform/testing/in-memory-directory';
import { makeInMemoryRequestStore } from './testing/in-memory-request-store';
import { makeInMemorySlaSchedule } from '../../platform/testing/in-memory-sla-schedule';
import { createRequest } from './create-request';
import { sweepOneKind } from '../../platform/testing/sweep-one-kind';
import { requestSlaKind } from './sweep-sla';

// Monday 2026-11-30 10:00 Moscow (07:00Z): Marketing works 09–13, 14–18 Moscow time.
const MONDAY_10 = Date.parse('2026-11-30T07:00:00Z');
const HOUR = 3_600_000;

async function setup() {
  let now = MONDAY_10;
  let n = 0;
  const clock = { now: () => now };
  const slaSchedule = makeInMemorySlaSchedule(clock);
  const deps = {
    clock,
    ids: { newId: () => `id-${++n}` },
    directory: makeDemoDirectory(),
    requestStore: makeInMemoryRequestStore(slaSchedule),
    notifier: makeRecordingNotifier(),
    slaSchedule,
  };
  const rep = await deps.directory.findPerson(demoTenantId, DEMO.murmanskRep as PersonId);
  const { stored } = await createRequest(deps, rep!, {
    toDepartmentId: 'marketing',
    typeId: 'question',
    priority: 'normal',
    title: 'Price list for Murmansk',
  });
  return { deps, stored, setNow: (t: number) => (now = t) };
}

const sweepSla = (
  deps: Parameters<typeof requestSlaKind>[0] & Parameters<typeof sweepOneKind>[0],
) => sweepOneKind(deps, requestSlaKind(deps));

const recipients = (sent: Map<string, { personId: string; kind: string }>) =>
  [...sent.values()].map((s) => `${s.kind}:${s.personId}`).sort();

describe('the SLA sweep', () => {
  it('does nothing before a threshold is reached', async () => {
    const { deps } = await setup();
    const report = await sweepSla(deps);
    expect(report.examined).toBe(0);
    expect(deps.notifier.sent.size).toBe(0);
  });

  it('warns the responding head at 75 % of the first-response target, once', async () => {
    const { deps, setNow } = await setup();
    // 240 business minutes: 75 % = 180 min = 13:00 Monday (lunch starts then).
    setNow(MONDAY_10 + 3 * HOUR);
    await sweepSla(deps);
    await sweepSla(deps);
    expect(recipients(deps.notifier.sent)).toEqual([`sla-warning:${DEMO.marketingHead}`]);
  });

  it('notifies head and executive at the breach exactly once, even with overlapping sweeps', async () => {
    const { deps, stored, setNow } = await setup();
    // 240 business minutes from 10:00 with lunch 13–14: due 15:00 Moscow.
    setNow(MONDAY_10 + 5 * HOUR);
    const [a, b] = await Promise.all([sweepSla(deps), sweepSla(deps)]);
    await sweepSla(deps);
    expect(recipients(deps.notifier.sent)).toEqual(
      [
        `sla-breach:${DEMO.executive}`,
        `sla-breach:${DEMO.marketingHead}`,
        `sla-warning:${DEMO.marketingHead}`,
      ].sort(),
    );
    expect(a.updated + b.updated).toBeGreaterThanOrEqual(1);
    expect(a.skippedConflicts + b.skippedConflicts).toBeLessThanOrEqual(1);
    const after = await deps.requestStore.get(demoTenantId, stored.value.id);
    expect(
      after.value.escalationsSent.filter((k) => k.startsWith('firstResponse:')).sort(),
    ).toEqual([
      'firstResponse:100:executive',
      'firstResponse:100:responder-head',
      'firstResponse:75:responder-head',
    ]);
    expect(after.index.slaState).toBe('breached');
  });

  it('leaves a request changed meanwhile by a person to the next run, losing nothing', async () => {
    const { deps, stored, setNow } = await setup();
    setNow(MONDAY_10 + 5 * HOUR);
    let interfered = false;
    deps.requestStore.beforeReplace = async (request) => {
      if (interfered) return;
      interfered = true;
      const current = await deps.requestStore.get(demoTenantId, request.id);
      await deps.requestStore.replace(current.value, current.index, current.etag);
    };
    const first = await sweepSla(deps);
    expect(first.skippedConflicts).toBe(1);
    const second = await sweepSla(deps);
    expect(second.updated).toBe(1);
    const after = await deps.requestStore.get(demoTenantId, stored.value.id);
    expect(after.value.escalationsSent).toHaveLength(3);
    expect(deps.notifier.sent.size).toBe(3);
  });
});
