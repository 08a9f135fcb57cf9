/** The container design against the embedded server: creation, verification, handles. */
import { containerDefinitions } from '../../../functions/src/main';
import { ensureContainers, verifyContainers } from '../../../functions/src/main';
import { startCosmosFixture, type CosmosFixture } from './infra-cosmos-fixture';

type Doc = { id: string; tenantId: string };

let fx: CosmosFixture;
beforeAll(async () => {
  fx = await startCosmosFixture();
});
afterAll(() => fx.close());

describe('ensureContainers', () => {
  it('creates every container with its partition key and returns working handles', async () => {
    const containers = await ensureContainers(fx.client, 'ensure-db');
    const { resources } = await fx.client.database('ensure-db').containers.readAll().fetchAll();
    const keys = Object.fromEntries(resources.map((c) => [c.id, c.partitionKey?.paths]));
    expect(keys).toEqual({
      requests: ['/tenantId'],
      directory: ['/tenantId'],
      notifications: ['/recipientKey'],
      meetings: ['/tenantId'],
      'sla-schedule': ['/id'],
    });
    await containers.requests.items.create({ id: 'r1', tenantId: 't1' });
    const { resource } = await containers.requests.item('r1', 't1').read<Doc>();
    expect(resource?.id).toBe('r1');
  });

  it('is idempotent and keeps existing documents', async () => {
    const again = await ensureContainers(fx.client, 'ensure-db');
    const { resource } = await again.requests.item('r1', 't1').read<Doc>();
    expect(resource?.tenantId).toBe('t1');
  });

  it('stores the requests indexing policy (history and description not indexed)', async () => {
    const { resource } = await fx.client.database('ensure-db').container('requests').read();
    const excluded = resource?.indexingPolicy?.excludedPaths?.map((p) => p.path);
    expect(excluded).toEqual(expect.arrayContaining(['/history/*', '/description/?']));
    expect(resource?.indexingPolicy?.compositeIndexes).toEqual(
      containerDefinitions.requests.indexingPolicy.compositeIndexes,
    );
  });
});

describe('verifyContainers', () => {
  it('accepts a database created from the definitions', async () => {
    const containers = await verifyContainers(fx.client, 'ensure-db');
    expect(Object.keys(containers).sort()).toEqual(
      ['directory', 'meetings', 'notifications', 'requests', 'sla-schedule'].sort(),
    );
  });

  it('fails naming the missing container', async () => {
    await fx.client.databases.createIfNotExists({ id: 'partial-db' });
    await expect(verifyContainers(fx.client, 'partial-db')).rejects.toThrow(
      /partial-db\/\w+ does not exist; deploy it first/,
    );
  });

  it('fails on a container partitioned by another key', async () => {
    await ensureContainers(fx.client, 'wrong-db');
    const db = fx.client.database('wrong-db');
    await db.container('meetings').delete();
    await db.containers.create({ id: 'meetings', partitionKey: { paths: ['/id'] } });
    await expect(verifyContainers(fx.client, 'wrong-db')).rejects.toThrow(
      'Cosmos container wrong-db/meetings is partitioned by /id, expected /tenantId.',
    );
  });
});
