import type { PersonId } from '@tandem/shared';
import { DEMO } from '../../platform/local/demo-directory';
import {
  demoTenantId,
  makeDemoDirectory,
  makeRecordingNotifier,
} from '../../platform/testing/in-memory-directory';
import { makeInMemoryRequestStore } from './testing/in-memory-request-store';
import { makeInMemorySlaSchedule } from '../../platform/testing/in-memory-sla-schedule';
import { createRequest } from './create-request';
import { sweepOneKind } from '../../platform/testing/sweep-one-kind';
import { requestSlaKind } from './sweep-sla';

// Monday 2026-11-30 10:00 Moscow (07:00Z). First response: 240 business minutes, so the state
// turns 'warning' at 50 % (12:00, nobody is told), the head is warned at 75 % (13:00) and the
// breach comes at 15:00 (lunch 13–14 does not count).
const MONDAY_10 = Date.parse('2026-11-30T07:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const AT_50 = MONDAY_10 + 2 * HOUR;
const AT_75 = MONDAY_10 + 3 * HOUR;
const AT_BREACH = MONDAY_10 + 5 * HOUR;

/** `filedBeforeSchedule`: the request was written by a store that filed nothing. */
async function setup({ filedBeforeSchedule = false } = {}) {
  let now = MONDAY_10;
  const clock = { now: () => now };
  const slaSchedule = makeInMemorySlaSchedule(clock);
  const deps = {
    clock,
    ids: { newId: () => 'req-1' },
    directory: makeDemoDirectory(),
    requestStore: makeInMemoryRequestStore(filedBeforeSchedule ? undefined : slaSchedule),
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
  const sweepAt = (t: number, maxCatchUpMinutes?: number) => {
    now = t;
    const options = maxCatchUpMinutes === undefined ? {} : { maxCatchUpMinutes };
    return sweepOneKind(deps, requestSlaKind(deps), options);
  };
  const kinds = () => [...deps.notifier.sent.values()].map((n) => `${n.kind}:${n.personId}`).sort();
  return { deps, stored, slaSchedule, sweepAt, kinds };
}

describe('the SLA sweep on its schedule', () => {
  it('finds a due request in its minute bucket, sweeping every minute, without the query', async () => {
    const { deps, sweepAt, kinds } = await setup();
    await sweepAt(MONDAY_10);
    const queriesAfterFirstRun = deps.requestStore.queries();
    let source = '';
    for (let t = MONDAY_10 + MINUTE; t <= AT_75; t += MINUTE) {
      const report = await sweepAt(t);
      if (report.examined > 0) source = report.source;
      // The checkpoint minute again, the minute just passed, the current one.
      expect(report.minutesRead).toBe(3);
    }
    expect(kinds()).toEqual([`sla-warning:${DEMO.marketingHead}`]);
    expect(source).toBe('schedule');
    expect(deps.requestStore.queries()).toBe(queriesAfterFirstRun);
  });

  it('skips a stale entry and catches a change filed just after its minute was read', async () => {
    const { deps, stored, sweepAt, kinds } = await setup();
    await sweepAt(MONDAY_10);
    // The clock stops (e.g. waiting for the requester): the 13:00 entry is now stale.
    const paused = await deps.requestStore.replace(
      stored.value,
      { ...stored.index, nextSlaChangeAt: null },
      stored.etag,
    );
    const atFive = await sweepAt(AT_75 + 5 * MINUTE, 24 * 60);
    expect([atFive.stale, atFive.examined]).toEqual([1, 0]);
    // A slow write lands in 13:04 after the sweep of 13:05 read that minute.
    await deps.requestStore.replace(
      paused.value,
      { ...paused.index, nextSlaChangeAt: AT_75 + 4.5 * MINUTE },
      paused.etag,
    );
    const atSix = await sweepAt(AT_75 + 6 * MINUTE);
    expect([atSix.examined, atSix.updated]).toEqual([1, 1]);
    expect(kinds()).toEqual([`sla-warning:${DEMO.marketingHead}`]);
  });

  it('escalates once when two sweeps read the same buckets at once', async () => {
    const { deps, stored, sweepAt, kinds } = await setup();
    await sweepAt(MONDAY_10);
    const [a, b] = await Promise.all([sweepAt(AT_BREACH, 600), sweepAt(AT_BREACH, 600)]);
    expect([a.source, b.source]).toEqual(['schedule', 'schedule']);
    expect(a.escalations + b.escalations).toBe(3);
    expect(kinds()).toEqual(
      [
        `sla-breach:${DEMO.executive}`,
        `sla-breach:${DEMO.marketingHead}`,
        `sla-warning:${DEMO.marketingHead}`,
      ].sort(),
    );
    const after = await deps.requestStore.get(demoTenantId, stored.value.id);
    expect(after.value.escalationsSent).toHaveLength(3);
  });

  it('falls back to the query after a gap longer than the catch-up limit, then returns', async () => {
    const { sweepAt, kinds } = await setup();
    await sweepAt(MONDAY_10);
    const late = await sweepAt(AT_BREACH);
    expect([late.source, late.escalations]).toEqual(['query', 3]);
    expect(kinds()).toHaveLength(3);
    const next = await sweepAt(AT_BREACH + MINUTE);
    expect([next.source, next.minutesRead]).toEqual(['schedule', 3]);
  });

  it('files requests written before the schedule existed on its first run', async () => {
    const { slaSchedule, sweepAt, kinds } = await setup({ filedBeforeSchedule: true });
    expect(slaSchedule.filedAt(AT_50)).toEqual([]);
    const first = await sweepAt(MONDAY_10);
    expect([first.source, first.backfilled]).toEqual(['query', 1]);
    expect(slaSchedule.filedAt(AT_50).map((c) => c.id)).toEqual(['req-1']);
    const due = await sweepAt(AT_75, 240);
    expect([due.source, due.examined]).toEqual(['schedule', 1]);
    expect(kinds()).toEqual([`sla-warning:${DEMO.marketingHead}`]);
  });

  it('retries a request it could not evaluate on the next run', async () => {
    const { deps, sweepAt, kinds } = await setup();
    await sweepAt(MONDAY_10);
    const directory = deps.directory;
    let outage = true;
    deps.directory = {
      ...directory,
      setup: (tenantId) =>
        outage ? Promise.reject(new Error('directory unavailable')) : directory.setup(tenantId),
    };
    const failed = await sweepAt(AT_75, 240);
    expect([failed.failed, kinds().length]).toEqual([1, 0]);
    outage = false;
    const retried = await sweepAt(AT_75 + MINUTE);
    expect([retried.source, retried.updated]).toEqual(['schedule', 1]);
    expect(kinds()).toEqual([`sla-warning:${DEMO.marketingHead}`]);
  });
});
