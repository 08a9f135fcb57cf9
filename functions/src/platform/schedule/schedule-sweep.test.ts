/**
 * The platform's SLA sweep with two made-up kinds: which kind gets which entry, when a kind is
 * swept by its query and backfilled, and when the checkpoint moves.
 */
import type { TenantId } from '@tandem/shared';
import type { ScheduledChange } from '../../kernel/ports';
import { makeInMemorySlaSchedule } from '../testing/in-memory-sla-schedule';
import { MINUTE_MS, makeSlaSweep } from './schedule-sweep';
import type { ScheduledKind } from './scheduled-kind';

const T0 = Date.parse('2026-11-30T07:00:00Z');
const tenantId = 't1' as TenantId;

/** A kind whose aggregates are `{ id: nextChangeAt }`; it records what the sweep asked of it. */
function fakeKind(kind: string, aggregates: Record<string, number>, filedBeforeKinds = false) {
  const calls = { filed: [] as string[], queries: 0, backfills: 0 };
  const definition: ScheduledKind<{ filed: number }> = {
    kind,
    ...(filedBeforeKinds ? { filedBeforeKinds } : {}),
    startRun: () => {
      let filed = 0;
      return {
        async sweepFiled(change) {
          if (change.kind !== kind) throw new Error(`${kind} got a ${change.kind} entry`);
          calls.filed.push(change.id);
          filed++;
        },
        async sweepDue() {
          calls.queries++;
        },
        report: () => ({ filed }),
      };
    },
    async changesAfter(after) {
      calls.backfills++;
      const items = Object.entries(aggregates)
        .filter(([, at]) => at > after)
        .map(([id, at]) => ({ tenantId, kind, id, at }));
      return { items, continuation: null };
    },
    worthLogging: (r) => r.filed > 0,
  };
  return { definition, calls };
}

function setup() {
  let now = T0;
  const clock = { now: () => now };
  const slaSchedule = makeInMemorySlaSchedule(clock);
  const alpha = fakeKind('alpha', { a1: T0 + 10 * MINUTE_MS }, true);
  const beta = fakeKind('beta', { b1: T0 + 20 * MINUTE_MS });
  const sweep = makeSlaSweep({ clock, slaSchedule }, [alpha.definition, beta.definition]);
  const file = (kind: string, id: string, at: number): Promise<void> =>
    slaSchedule.schedule({ tenantId, kind, id, at } satisfies ScheduledChange);
  return { slaSchedule, alpha, beta, sweep, file, at: (t: number) => (now = t) };
}

describe('the SLA sweep over the schedule', () => {
  it('sweeps every kind by its query and backfills them all on the first run', async () => {
    const t = setup();
    const report = await t.sweep.run();
    expect(report).toMatchObject({ source: 'query', backfilled: { alpha: 1, beta: 1 } });
    expect([t.alpha.calls.queries, t.beta.calls.queries]).toEqual([1, 1]);
    expect(t.slaSchedule.filedAt(T0 + 20 * MINUTE_MS).map((c) => c.id)).toEqual(['b1']);
    expect((await t.slaSchedule.checkpoint())?.value).toEqual({
      sweptThrough: T0 - MINUTE_MS,
      backfilled: ['alpha', 'beta'],
    });
  });

  it('hands each entry to its kind; entries without one to the kind the schedule began with', async () => {
    const t = setup();
    await t.sweep.run();
    t.at(T0 + 10 * MINUTE_MS);
    await t.file('alpha', 'a1', T0 + 10 * MINUTE_MS);
    await t.file('', 'a-legacy', T0 + 10 * MINUTE_MS);
    await t.file('beta', 'b2', T0 + 10 * MINUTE_MS);
    await t.file('removed-feature', 'r1', T0 + 10 * MINUTE_MS);
    const report = await t.sweep.run();
    expect(report).toMatchObject({ source: 'schedule', backfilled: {}, unknownEntries: 1 });
    expect(report.kinds).toEqual({ alpha: { filed: 2 }, beta: { filed: 1 } });
    expect(t.alpha.calls.filed.sort()).toEqual(['a-legacy', 'a1']);
    expect([t.alpha.calls.queries, t.beta.calls.queries]).toEqual([1, 1]);
    expect(t.sweep.worthLogging(report)).toBe(true);
  });

  it('backfills a kind new to a running deployment once, after its query', async () => {
    const t = setup();
    // A checkpoint from before the schedule kept kinds: only the kind it began with was filed.
    await t.slaSchedule.advance({ sweptThrough: T0 - 2 * MINUTE_MS, backfilled: [] }, null);
    const first = await t.sweep.run();
    expect(first).toMatchObject({ source: 'schedule', backfilled: { beta: 1 } });
    expect([t.alpha.calls.queries, t.beta.calls.queries]).toEqual([0, 1]);
    expect([t.alpha.calls.backfills, t.beta.calls.backfills]).toEqual([0, 1]);
    expect((await t.slaSchedule.checkpoint())?.value.backfilled).toEqual(['alpha', 'beta']);

    // The same minute again: the checkpoint stays, nothing is backfilled twice.
    const again = await t.sweep.run();
    t.at(T0 + MINUTE_MS);
    const next = await t.sweep.run();
    for (const r of [again, next]) expect(r).toMatchObject({ source: 'schedule', backfilled: {} });
    expect([t.beta.calls.queries, t.beta.calls.backfills]).toEqual([1, 1]);
    expect(t.sweep.worthLogging(next)).toBe(false);
  });

  it('moves the checkpoint only after every entry read was handled', async () => {
    const t = setup();
    await t.sweep.run();
    const failing = fakeKind('beta', {});
    const broken: ScheduledKind = {
      ...failing.definition,
      startRun: (now) => ({
        ...failing.definition.startRun(now),
        sweepFiled: () => Promise.reject(new Error('store down')),
      }),
    };
    const sweep = makeSlaSweep(
      { clock: { now: () => T0 + 5 * MINUTE_MS }, slaSchedule: t.slaSchedule },
      [t.alpha.definition, broken],
    );
    await t.file('beta', 'b1', T0 + 3 * MINUTE_MS);
    await expect(sweep.run()).rejects.toThrow('store down');
    expect((await t.slaSchedule.checkpoint())?.value.sweptThrough).toBe(T0 - MINUTE_MS);
    t.at(T0 + 5 * MINUTE_MS);
    expect((await t.sweep.run()).kinds).toMatchObject({ beta: { filed: 1 } });
    expect((await t.slaSchedule.checkpoint())?.value.sweptThrough).toBe(T0 + 4 * MINUTE_MS);
  });

  it('keeps the kinds the checkpoint records when no feature registers them now', async () => {
    const t = setup();
    await t.slaSchedule.advance({ sweptThrough: T0 - 2 * MINUTE_MS, backfilled: ['gone'] }, null);
    await t.sweep.run();
    expect((await t.slaSchedule.checkpoint())?.value.backfilled).toEqual(['gone', 'alpha', 'beta']);
  });

  it('refuses two kinds of one name, or two kinds that own the entries without a kind', () => {
    const deps = {
      clock: { now: () => T0 },
      slaSchedule: makeInMemorySlaSchedule({ now: () => T0 }),
    };
    const a = fakeKind('alpha', {}, true).definition;
    expect(() => makeSlaSweep(deps, [a, fakeKind('alpha', {}).definition])).toThrow('repeat');
    expect(() => makeSlaSweep(deps, [a, fakeKind('beta', {}, true).definition])).toThrow(
      'At most one',
    );
  });
});
