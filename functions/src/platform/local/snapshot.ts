/**
 * Local data that survives a restart: the embedded Cosmos server keeps everything in memory, so
 * every document of every container is written to <dataDir>/cosmos-snapshot.json and upserted
 * back at start. The file is replaced atomically (temp file, fsync, rename): a crash mid-write
 * leaves the previous snapshot intact, never half a file.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { CosmosClient, ItemDefinition } from '@azure/cosmos';
import { z } from 'zod';
import { mapConcurrent } from './map-concurrent';

export const SNAPSHOT_FILE = 'cosmos-snapshot.json';
const SYSTEM_PROPERTIES = ['_rid', '_self', '_etag', '_ts', '_attachments'];

const snapshotSchema = z.object({
  format: z.literal('tandem-cosmos-snapshot'),
  version: z.literal(1),
  takenAt: z.string(),
  databaseId: z.string(),
  containers: z.record(
    z.string(),
    z.object({
      partitionKeyPaths: z.array(z.string()).min(1),
      documents: z.array(z.looseObject({ id: z.string() })),
    }),
  ),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export function snapshotPath(dataDir: string): string {
  return path.join(dataDir, SNAPSHOT_FILE);
}

/** Reads every container of the database; system properties are dropped (the server makes new ones). */
export async function takeSnapshot(client: CosmosClient, databaseId: string): Promise<Snapshot> {
  const database = client.database(databaseId);
  const { resources: definitions } = await database.containers.readAll().fetchAll();
  const containers: Snapshot['containers'] = {};
  for (const def of [...definitions].sort((a, b) => a.id.localeCompare(b.id))) {
    const { resources } = await database.container(def.id).items.readAll().fetchAll();
    containers[def.id] = {
      partitionKeyPaths: def.partitionKey?.paths ?? ['/id'],
      documents: resources.map(withoutSystemProperties).sort((a, b) => a.id.localeCompare(b.id)),
    };
  }
  return {
    format: 'tandem-cosmos-snapshot',
    version: 1,
    takenAt: new Date().toISOString(),
    databaseId,
    containers,
  };
}

export async function writeSnapshot(dataDir: string, snapshot: Snapshot): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  const target = snapshotPath(dataDir);
  const temp = `${target}.${process.pid}.${randomUUID()}.tmp`;
  const file = await open(temp, 'w');
  try {
    await file.writeFile(JSON.stringify(snapshot));
    await file.sync();
  } finally {
    await file.close();
  }
  try {
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  return target;
}

/** Upserts a snapshot's documents; returns how many, or null when there is no snapshot yet. */
export async function restoreSnapshot(
  client: CosmosClient,
  databaseId: string,
  dataDir: string,
): Promise<{ documents: number } | null> {
  const file = snapshotPath(dataDir);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const parsed = snapshotSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new Error(`${file} is not a Tandem Cosmos snapshot: ${z.prettifyError(parsed.error)}`);
  }
  const { database } = await client.databases.createIfNotExists({ id: databaseId });
  let documents = 0;
  for (const [id, content] of Object.entries(parsed.data.containers)) {
    const { container } = await database.containers.createIfNotExists({
      id,
      partitionKey: { paths: content.partitionKeyPaths },
    });
    await mapConcurrent(content.documents, 16, (doc) => container.items.upsert(doc));
    documents += content.documents.length;
  }
  return { documents };
}

function withoutSystemProperties(doc: ItemDefinition): ItemDefinition & { id: string } {
  const copy: Record<string, unknown> = { ...doc };
  for (const key of SYSTEM_PROPERTIES) delete copy[key];
  return copy as ItemDefinition & { id: string };
}
