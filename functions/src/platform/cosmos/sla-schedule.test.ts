/** The SLA schedule and the request store's filing, against the embedded Cosmos DB server. */
import type { CosmosClient, ItemDefinition } from '@azure/cosmos';
import {
  Conflict,
  PreconditionFailed,
  type PersonId,
  type RequestId,
  type TenantId,
} from '@tandem/shared';
import { DEMO } from '../local/demo-directory';
import { type LocalCosmosServer, startLocalCosmosServer } from '../local/cosmos-server';
import type { ScheduledChange, SlaSchedule } from '../../kernel/ports';
import { demoTenantId, makeDemoDirectory } from '../testing/in-memory-directory';
import { createRequest, makeCosmosRequestStore } from '../../features/requests';
import { makeCosmosClient } from './cosmos-client';
import { type Containers, ensureContainers } from '../../main';
import { bucketId, bucketIdsOf, shardOf } from './sla-schedule-buckets';
import { makeCosmosSlaSchedule } from './sla-schedule';

const MINUTE = 60_000;
const T0 = Date.parse('2026-11-27T10:05:00Z');
const tenant = 'tenant~a' as TenantId;
const req = (n: number) => `req-${n}` as RequestId;
/** A schedule bucket as stored: due instants by request key. */
type Bucket = { id: string; entries: Record<string, number> };
/** A request's change: the schedule keeps kinds apart by the kind in each entry. */
const change = (id: string, at: number, kind = 'request'): ScheduledChange => ({
  tenantId: tenant,
  kind,
  id,
  at,
});
// The wall clock of the filing writers: before every instant filed below unless a test moves it.
let now = T0 - 60 * MINUTE;
const clock = { now: () => now };

let server: LocalCosmosServer;
let client: CosmosClient;
let containers: Containers;
let schedule: SlaSchedule;
beforeAll(async () => {
  server = await startLocalCosmosServer(0);
  client = makeCosmosClient({
    mode: 'local',
    cosmos: { endpoint: server.endpoint, key: 'test', databaseId: 'sla-schedule-test' },
  });
  containers = await ensureContainers(client, 'sla-schedule-test');
  schedule = makeCosmosSlaSchedule(containers['sla-schedule'], clock);
});
afterAll(async () => {
  client.dispose();
  await server.close();
});

describe('the Cosmos SLA schedule', () => {
  it('files requests under their UTC minute and reads a range, empty minutes included', async () => {
    await schedule.schedule(change(req(1), T0 + 59_999));
    await schedule.schedule(change(req(2), T0 + 2 * MINUTE));
    await schedule.schedule(change(req(3), T0 + 9 * MINUTE));
    const due = await schedule.due(T0 - MINUTE, T0 + 3 * MINUTE);
    expect(due).toEqual([
      { tenantId: tenant, kind: 'request', id: req(1), at: T0 + 59_999 },
      { tenantId: tenant, kind: 'request', id: req(2), at: T0 + 2 * MINUTE },
    ]);
    const key = 'tenant~a/request/req-1';
    const id = bucketId('2026-11-27T10:05', shardOf(key));
    const { resource } = await containers['sla-schedule'].item(id, id).read<Bucket>();
    expect(resource?.entries).toEqual({ [key]: T0 + 59_999 });
  });

  it('keeps one entry when a request is filed under the same minute again', async () => {
    await schedule.schedule(change(req(4), T0 + 20 * MINUTE));
    await schedule.schedule(change(req(4), T0 + 20 * MINUTE + 5_000));
    expect(await schedule.due(T0 + 20 * MINUTE, T0 + 20 * MINUTE)).toEqual([
      { tenantId: tenant, kind: 'request', id: req(4), at: T0 + 20 * MINUTE + 5_000 },
    ]);
  });

  it('spreads a burst of one minute over the shards, so no bucket holds it all', async () => {
    const at = T0 + 40 * MINUTE;
    await Promise.all(
      Array.from({ length: 64 }, (_, n) => schedule.schedule(change(req(100 + n), at))),
    );
    const sizes = await Promise.all(
      bucketIdsOf('2026-11-27T10:45').map(async (id) => {
        const { resource } = await containers['sla-schedule'].item(id, id).read<Bucket>();
        return Object.keys(resource?.entries ?? {}).length;
      }),
    );
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(64);
    expect(Math.max(...sizes)).toBeLessThan(64 / 2);
  });

  it('loses no entry when many writers create the same bucket at once', async () => {
    const at = T0 + 30 * MINUTE;
    await Promise.all(Array.from({ length: 25 }, (_, n) => schedule.schedule(change(req(n), at))));
    expect((await schedule.due(at, at)).map((c) => c.id).sort()).toEqual(
      Array.from({ length: 25 }, (_, n) => req(n)).sort(),
    );
  });

  it('files a burst of one minute in a few patches of at most 10 entries', async () => {
    const at = T0 + 50 * MINUTE;
    await Promise.all(
      Array.from({ length: 25 }, (_, n) => schedule.schedule(change(req(200 + n), at))),
    );
    const sizes = await Promise.all(
      bucketIdsOf('2026-11-27T10:55').map(async (id) => {
        const { resource } = await containers['sla-schedule'].item(id, id).read<Bucket>();
        return Object.keys(resource?.entries ?? {}).length;
      }),
    );
    const filled = sizes.filter((n) => n > 0);
    expect(filled.reduce((a, b) => a + b, 0)).toBe(25);
    // One sent at once, the other 24 batched behind it: 1 + ⌈24 / 10⌉ patches.
    expect(filled.length).toBeLessThanOrEqual(4);
    expect(Math.max(...filled)).toBeLessThanOrEqual(10);
  });

  it('returns a request filed in two shards of one minute once, at its later instant', async () => {
    const oneAtATime = makeCosmosSlaSchedule(containers['sla-schedule'], clock, {
      maxBatch: 10,
      inFlight: 1,
    });
    const key = (id: RequestId) => `${tenant}/request/${id}`;
    const x = req(300);
    // A leader whose shard differs from x's, so that x batched behind it lands elsewhere.
    const leader = [301, 302, 303].map(req).find((id) => shardOf(key(id)) !== shardOf(key(x)));
    const at = T0 + 60 * MINUTE;
    await Promise.all([
      oneAtATime.schedule(change(req(304), at)),
      oneAtATime.schedule(change(leader!, at)),
      oneAtATime.schedule(change(x, at)),
    ]);
    await oneAtATime.schedule(change(x, at + 7_000));
    const holding = await Promise.all(
      [shardOf(key(leader!)), shardOf(key(x))].map(async (shard) => {
        const id = bucketId('2026-11-27T11:05', shard);
        const { resource } = await containers['sla-schedule'].item(id, id).read<Bucket>();
        return resource?.entries?.[key(x)];
      }),
    );
    expect(holding).toEqual([at, at + 7_000]);
    const due = await schedule.due(at, at);
    expect(due.filter((c) => c.id === x)).toEqual([
      { tenantId: tenant, kind: 'request', id: x, at: at + 7_000 },
    ]);
    expect(due).toHaveLength(3);
  });

  it("keeps kinds apart, and reads entries filed before kinds as kind ''", async () => {
    const at = T0 + 70 * MINUTE;
    await schedule.schedule(change('x-1', at));
    await schedule.schedule(change('x-1', at + 1_000, 'audit'));
    // What a deployment from before kinds filed: `tenantId/requestId`.
    const legacyKey = `${tenant}/req-legacy`;
    const id = bucketId('2026-11-27T11:15', shardOf(legacyKey));
    await containers['sla-schedule'].items.create({
      id,
      docType: 'sla-bucket',
      entries: { [legacyKey]: at + 2_000 },
    });
    const due = await schedule.due(at, at);
    expect(due.map((c) => [c.kind, c.id, c.at]).sort()).toEqual([
      ['', 'req-legacy', at + 2_000],
      ['audit', 'x-1', at + 1_000],
      ['request', 'x-1', at],
    ]);
    await expect(schedule.schedule(change('x-2', at, 'a/b'))).rejects.toThrow(
      'Not a schedule kind',
    );
  });

  it('files a change already past under the current minute, which the sweep reads next', async () => {
    const past = T0 + 80 * MINUTE;
    now = T0 + 90 * MINUTE + 30_000;
    try {
      await schedule.schedule(change(req(400), past));
    } finally {
      now = T0 - 60 * MINUTE;
    }
    expect(await schedule.due(past, past)).toEqual([]);
    expect(await schedule.due(T0 + 90 * MINUTE, T0 + 90 * MINUTE)).toEqual([
      change(req(400), past),
    ]);
  });

  it('keeps the checkpoint, and the kinds backfilled, under its ETag', async () => {
    expect(await schedule.checkpoint()).toBeNull();
    await schedule.advance({ sweptThrough: T0, backfilled: ['request'] }, null);
    const first = await schedule.checkpoint();
    expect(first?.value).toEqual({ sweptThrough: T0, backfilled: ['request'] });
    await expect(
      schedule.advance({ sweptThrough: T0 + MINUTE, backfilled: [] }, null),
    ).rejects.toBeInstanceOf(Conflict);
    const both = { sweptThrough: T0 + MINUTE, backfilled: ['request', 'audit'] };
    await schedule.advance(both, first!.etag);
    await expect(
      schedule.advance({ sweptThrough: T0 + 2 * MINUTE, backfilled: [] }, first!.etag),
    ).rejects.toBeInstanceOf(PreconditionFailed);
    expect((await schedule.checkpoint())?.value).toEqual(both);
  });

  it('reads a checkpoint written before kinds as one with no kind backfilled', async () => {
    await containers['sla-schedule'].items.upsert({
      id: 'sweep-checkpoint',
      docType: 'sla-checkpoint',
      sweptThrough: '2026-11-27T10:04',
    });
    expect((await schedule.checkpoint())?.value).toEqual({
      sweptThrough: T0 - MINUTE,
      backfilled: [],
    });
  });
});

describe('the Cosmos request store', () => {
  const raise = async (filing: SlaSchedule) => {
    const deps = {
      clock: { now: () => T0 },
      ids: { newId: () => 'filed-request' },
      directory: makeDemoDirectory(),
      requestStore: makeCosmosRequestStore(containers.requests, filing),
    };
    const rep = await deps.directory.findPerson(demoTenantId, DEMO.murmanskRep as PersonId);
    return createRequest(deps, rep!, {
      toDepartmentId: 'marketing',
      typeId: 'question',
      priority: 'normal',
      title: 'Filed before written',
    });
  };

  it('writes nothing when the request cannot be filed first', async () => {
    const failing = { ...schedule, schedule: () => Promise.reject(new Error('schedule down')) };
    await expect(raise(failing)).rejects.toThrow('schedule down');
    const { resource } = await containers.requests
      .item('filed-request', demoTenantId)
      .read<ItemDefinition>();
    expect(resource).toBeUndefined();
  });

  it('files a new request under the minute of its next SLA change', async () => {
    const { stored } = await raise(schedule);
    const next = stored.index.nextSlaChangeAt!;
    const filed = await schedule.due(next - (next % MINUTE), next - (next % MINUTE));
    expect(filed).toContainEqual({
      tenantId: demoTenantId,
      kind: 'request',
      id: stored.value.id,
      at: next,
    });
  });
});
