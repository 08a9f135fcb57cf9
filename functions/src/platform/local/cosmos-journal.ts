/**
 * Acknowledged ⇒ durable in local mode: every document write the embedded Cosmos server accepts
 * is appended to <dataDir>/cosmos-journal-<n>.ndjson and fsynced BEFORE the server answers, so
 * the API's 2xx (which waits for that answer) survives kill -9. Writes arriving during an fsync
 * share the next one (group commit). A snapshot seals the current file and drops the sealed ones
 * once it is on disk; at start the snapshot is restored and the remaining files are replayed in
 * order (each entry is the document's whole new state, so replaying twice changes nothing).
 */
import { mkdir, open, readdir, readFile, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { CosmosClient, PartitionKey } from '@azure/cosmos';

export type JournalEntry =
  | { readonly op: 'put'; readonly db: string; readonly coll: string; readonly doc: { id: string } }
  | {
      readonly op: 'delete';
      readonly db: string;
      readonly coll: string;
      readonly id: string;
      readonly pk: PartitionKey;
    };

export interface CosmosJournal {
  /** Resolves once the entries are on disk. */
  append(entries: readonly JournalEntry[]): Promise<void>;
  /** Starts a new file; returns the number of the last sealed one. */
  rotate(): Promise<number>;
  /** Deletes the sealed files up to that number (their content is in a snapshot now). */
  dropThrough(sealed: number): Promise<void>;
  close(): Promise<void>;
}

const FILE = /^cosmos-journal-(\d+)\.ndjson$/;
const fileName = (n: number) => `cosmos-journal-${String(n).padStart(8, '0')}.ndjson`;

async function journalFiles(dataDir: string): Promise<{ n: number; file: string }[]> {
  let names: string[];
  try {
    names = await readdir(dataDir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return names
    .flatMap((name) => {
      const match = FILE.exec(name);
      return match ? [{ n: Number(match[1]), file: path.join(dataDir, name) }] : [];
    })
    .sort((a, b) => a.n - b.n);
}

export async function openCosmosJournal(dataDir: string): Promise<CosmosJournal> {
  await mkdir(dataDir, { recursive: true });
  const existing = await journalFiles(dataDir);
  let current = (existing.at(-1)?.n ?? 0) + 1;
  let handle: FileHandle = await open(path.join(dataDir, fileName(current)), 'a');
  let pending: { line: string; done: () => void; fail: (err: unknown) => void }[] = [];
  let flushing: Promise<void> | undefined;

  const flush = async (): Promise<void> => {
    while (pending.length > 0) {
      const batch = pending;
      pending = [];
      try {
        await handle.write(batch.map((p) => p.line).join(''));
        await handle.sync();
        for (const p of batch) p.done();
      } catch (err) {
        for (const p of batch) p.fail(err);
      }
    }
    flushing = undefined;
  };
  const settle = () => flushing ?? Promise.resolve();

  return {
    append(entries) {
      if (entries.length === 0) return Promise.resolve();
      const line = entries.map((e) => `${JSON.stringify(e)}\n`).join('');
      const written = new Promise<void>((done, fail) => pending.push({ line, done, fail }));
      flushing ??= flush();
      return written;
    },
    async rotate() {
      await settle();
      const sealed = current;
      const next = await open(path.join(dataDir, fileName(current + 1)), 'a');
      await handle.close();
      handle = next;
      current += 1;
      return sealed;
    },
    async dropThrough(sealed) {
      for (const { n, file } of await journalFiles(dataDir)) {
        if (n <= sealed && n < current) await rm(file, { force: true });
      }
    },
    async close() {
      await settle();
      await handle.close();
    },
  };
}

/** Applies every journal file of dataDir in order; returns how many entries. */
export async function replayCosmosJournal(client: CosmosClient, dataDir: string): Promise<number> {
  let applied = 0;
  for (const { file } of await journalFiles(dataDir)) {
    const lines = (await readFile(file, 'utf8')).split('\n');
    for (const [i, line] of lines.entries()) {
      if (line === '') continue;
      let entry: JournalEntry;
      try {
        entry = JSON.parse(line) as JournalEntry;
      } catch (err) {
        // Only the last line can be torn (a crash mid-write): that write was never acknowledged.
        if (i >= lines.length - 2) break;
        throw new Error(`${file}:${i + 1} is not a journal entry`, { cause: err });
      }
      await apply(client, entry);
      applied += 1;
    }
  }
  return applied;
}

async function apply(client: CosmosClient, entry: JournalEntry): Promise<void> {
  const container = client.database(entry.db).container(entry.coll);
  if (entry.op === 'put') {
    await container.items.upsert(entry.doc);
    return;
  }
  try {
    await container.item(entry.id, entry.pk).delete();
  } catch (err) {
    if ((err as { code?: number }).code !== 404) throw err;
  }
}
