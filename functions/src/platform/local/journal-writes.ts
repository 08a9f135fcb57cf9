/**
 * Puts the journal between the embedded Cosmos server and its answers: a successful document
 * write is journaled (and fsynced) before its response leaves, so nothing the server acknowledged
 * to the API, and nothing the API acknowledged to a person, is lost to kill -9.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { PartitionKey } from '@azure/cosmos';
import type { CosmosJournal, JournalEntry } from './cosmos-journal';

const DOCS = /^\/dbs\/([^/]+)\/colls\/([^/]+)\/docs(?:\/([^/?]+))?\/?(?:\?|$)/;
const SYSTEM_PROPERTIES = ['_rid', '_self', '_etag', '_ts', '_attachments'];

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** `journal()` is asked per request: undefined (during a restore) journals nothing. */
export function journalWrites(server: Server, journal: () => CosmosJournal | undefined): void {
  const listeners = server.listeners('request') as Listener[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const target = journal() && writeTarget(req);
    if (target) deferEnd(req, res, target, journal);
    for (const listener of listeners) listener(req, res);
  });
}

interface WriteTarget {
  readonly db: string;
  readonly coll: string;
  readonly id: string | undefined;
  readonly batch: boolean;
}

function writeTarget(req: IncomingMessage): WriteTarget | undefined {
  const method = req.method ?? 'GET';
  if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) return undefined;
  const match = DOCS.exec(req.url ?? '');
  if (!match) return undefined;
  if (method === 'POST' && isTrue(req.headers['x-ms-documentdb-isquery'])) return undefined;
  return {
    db: decodeURIComponent(match[1] ?? ''),
    coll: decodeURIComponent(match[2] ?? ''),
    id: match[3] === undefined ? undefined : decodeURIComponent(match[3]),
    batch: isTrue(req.headers['x-ms-cosmos-is-batch-request']),
  };
}

function deferEnd(
  req: IncomingMessage,
  res: ServerResponse,
  target: WriteTarget,
  journal: () => CosmosJournal | undefined,
): void {
  const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
  res.end = ((chunk?: unknown) => {
    const store = journal();
    if (!store || res.statusCode >= 300) return end(chunk);
    let entries: JournalEntry[];
    try {
      entries = toEntries(
        req,
        target,
        typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '',
      );
    } catch (err) {
      return fail(res, end, err);
    }
    store.append(entries).then(
      () => end(chunk),
      (err: unknown) => fail(res, end, err),
    );
    return res;
  }) as ServerResponse['end'];
}

/** Not on disk, not acknowledged: the API sees a 500 and answers its own 5xx. */
function fail(res: ServerResponse, end: (chunk?: unknown) => ServerResponse, err: unknown) {
  console.error('Local Cosmos journal failed:', err);
  res.statusCode = 500;
  res.removeHeader('content-length');
  return end(JSON.stringify({ message: 'journal write failed' }));
}

function toEntries(req: IncomingMessage, target: WriteTarget, text: string): JournalEntry[] {
  const { db, coll } = target;
  if (req.method === 'DELETE') {
    const header = req.headers['x-ms-documentdb-partitionkey'];
    const pk = (typeof header === 'string' ? JSON.parse(header) : []) as PartitionKey;
    return [{ op: 'delete', db, coll, id: target.id ?? '', pk }];
  }
  const body: unknown = JSON.parse(text);
  if (target.batch) {
    // Batch results carry the written documents; the app does not batch deletes (see docs).
    return (body as { statusCode: number; resourceBody?: Record<string, unknown> }[]).flatMap(
      (r) => (r.statusCode < 300 && r.resourceBody ? [put(db, coll, r.resourceBody)] : []),
    );
  }
  return [put(db, coll, body as Record<string, unknown>)];
}

function put(db: string, coll: string, doc: Record<string, unknown>): JournalEntry {
  const copy = { ...doc };
  for (const key of SYSTEM_PROPERTIES) delete copy[key];
  return { op: 'put', db, coll, doc: copy as { id: string } };
}

function isTrue(header: string | string[] | undefined): boolean {
  return String(header).toLowerCase() === 'true';
}
