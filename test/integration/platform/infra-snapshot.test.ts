/** Local data survives a restart: snapshot on one server, restore into a fresh one. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CosmosClient, ItemDefinition } from '@azure/cosmos';
import { containerNames } from '../../../functions/src/main';
import { notificationPartitionKey } from '../../../functions/src/features/notifications/notifications-container';
import { ensureContainers } from '../../../functions/src/main';
import {
  SNAPSHOT_FILE,
  restoreSnapshot,
  takeSnapshot,
  writeSnapshot,
} from '../../../functions/src/platform/local/snapshot';
import { startSnapshotting } from '../../../functions/src/platform/local/start-snapshotting';
import { startCosmosFixture, type CosmosFixture } from './infra-cosmos-fixture';

const DB = 'snap-db';
let dataDir: string;
const fixtures: CosmosFixture[] = [];

async function freshServer(): Promise<CosmosFixture> {
  const fx = await startCosmosFixture();
  fixtures.push(fx);
  return fx;
}

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'tandem-snapshot-'));
});
afterEach(async () => {
  await Promise.all(fixtures.splice(0).map((fx) => fx.close()));
  await rm(dataDir, { recursive: true, force: true });
});

const SYSTEM = ['_rid', '_self', '_etag', '_ts', '_attachments'];
const strip = (doc: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(doc).filter(([k]) => !SYSTEM.includes(k)));

async function allDocuments(client: CosmosClient): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of containerNames) {
    const { resources } = await client.database(DB).container(name).items.readAll().fetchAll();
    out[name] = resources.map(strip).sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }
  return out;
}

async function seed(client: CosmosClient): Promise<void> {
  const c = await ensureContainers(client, DB);
  await c.requests.items.create({
    id: 'r1',
    tenantId: 't1',
    title: 'Stock for the Murmansk promo?',
    history: [{ type: 'created', at: '2025-01-06T09:00:00.000Z' }],
    nextDueAt: '2025-01-06T13:00:00.000Z',
  });
  await c.requests.items.create({ id: 'r2', tenantId: 't2', title: 'Другой тенант', n: 2.5 });
  await c.directory.items.create({ id: 'dep-marketing', tenantId: 't1', docType: 'department' });
  await c.meetings.items.create({ id: 'meeting-1', tenantId: 't1', title: 'Joint planning' });
  await c.notifications.items.create({
    id: 'n1',
    recipientKey: notificationPartitionKey('t1', 'p1'),
    createdAt: '2025-01-06T09:00:00.000Z',
  });
  await c.meetings.items.create({ id: 'm1', tenantId: 't1', agenda: [] });
}

describe('snapshot and restore', () => {
  it('restores every document of every container into a fresh server', async () => {
    const a = await freshServer();
    await seed(a.client);
    const before = await allDocuments(a.client);
    await writeSnapshot(dataDir, await takeSnapshot(a.client, DB));

    const files = await readdir(dataDir);
    expect(files).toEqual([SNAPSHOT_FILE]);
    const text = await readFile(path.join(dataDir, SNAPSHOT_FILE), 'utf8');
    expect(text).not.toMatch(/"_etag"|"_rid"|"_ts"/);

    const b = await freshServer();
    await expect(restoreSnapshot(b.client, DB, dataDir)).resolves.toEqual({ documents: 6 });
    expect(await allDocuments(b.client)).toEqual(before);
    const { resource } = await b.client
      .database(DB)
      .container('requests')
      .item('r1', 't1')
      .read<ItemDefinition>();
    expect(resource?._etag).toEqual(expect.any(String));
  });

  it('is idempotent: restoring twice upserts instead of duplicating', async () => {
    const a = await freshServer();
    await seed(a.client);
    await writeSnapshot(dataDir, await takeSnapshot(a.client, DB));
    const b = await freshServer();
    await restoreSnapshot(b.client, DB, dataDir);
    await restoreSnapshot(b.client, DB, dataDir);
    expect((await allDocuments(b.client)).requests).toHaveLength(2);
  });

  it('returns null when there is no snapshot yet', async () => {
    const a = await freshServer();
    await expect(restoreSnapshot(a.client, DB, dataDir)).resolves.toBeNull();
  });

  it('refuses a file that is not a snapshot, naming it', async () => {
    const a = await freshServer();
    await writeFile(path.join(dataDir, SNAPSHOT_FILE), JSON.stringify({ hello: 'world' }));
    await expect(restoreSnapshot(a.client, DB, dataDir)).rejects.toThrow(
      /cosmos-snapshot\.json is not a Tandem Cosmos snapshot/,
    );
  });

  it('leaves no temporary file behind when the final rename fails', async () => {
    const a = await freshServer();
    await seed(a.client);
    // A directory in the way makes the rename fail after the temp file was written.
    await mkdir(path.join(dataDir, SNAPSHOT_FILE, 'blocker'), { recursive: true });
    await expect(writeSnapshot(dataDir, await takeSnapshot(a.client, DB))).rejects.toThrow();
    expect(await readdir(dataDir)).toEqual([SNAPSHOT_FILE]);
  });
});

describe('startSnapshotting', () => {
  it('snapshots periodically, skips unchanged data and takes a final snapshot on stop', async () => {
    const a = await freshServer();
    await seed(a.client);
    const errors: unknown[] = [];
    const snapshots = startSnapshotting({
      client: a.client,
      databaseId: DB,
      dataDir,
      everyMs: 20,
      onError: (e) => errors.push(e),
    });
    const file = path.join(dataDir, SNAPSHOT_FILE);
    await waitFor(async () => (await readdir(dataDir)).includes(SNAPSHOT_FILE));
    await expect(snapshots.snapshotNow()).resolves.toBe(false);

    await a.client
      .database(DB)
      .container('meetings')
      .items.create({ id: 'm2', tenantId: 't1', title: 'Joint planning' });
    await snapshots.stop();
    expect(await readFile(file, 'utf8')).toContain('Joint planning');
    expect(errors).toEqual([]);

    const b = await freshServer();
    await expect(restoreSnapshot(b.client, DB, dataDir)).resolves.toEqual({ documents: 7 });
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
