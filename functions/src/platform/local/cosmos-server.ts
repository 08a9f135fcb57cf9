/**
 * The embedded Cosmos DB API server for `npm start` and the integration tests: the same
 * @azure/cosmos code runs against it as against Azure. Plain HTTP on loopback only: its bundled
 * TLS certificate expired in 2021, and turning TLS checks off for the process is not an option.
 */
import type { AddressInfo, Socket } from 'node:net';
import { createHttpServer } from '@vercel/cosmosdb-server';
import type { CosmosJournal } from './cosmos-journal';
import { journalWrites } from './journal-writes';

export interface LocalCosmosServer {
  /** e.g. http://127.0.0.1:8081 */
  readonly endpoint: string;
  readonly port: number;
  /** From now on every acknowledged document write is journaled first (undefined: none). */
  journalTo(journal: CosmosJournal | undefined): void;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1; port 0 (the default) picks a free one. Data lives in memory. */
export async function startLocalCosmosServer(port = 0): Promise<LocalCosmosServer> {
  // keepAlive: without it the server closes every connection and each SDK call opens a new one.
  const server = createHttpServer({ keepAlive: true });
  // The SDK keeps idle sockets in its pool without a timeout of its own: a server closing an idle
  // socket (Node's default after 5 s) races a client reusing it, and the write fails with
  // ECONNRESET. Idle sockets therefore stay open until close() destroys them.
  server.keepAliveTimeout = 0;
  let journal: CosmosJournal | undefined;
  journalWrites(server, () => journal);
  // Keep-alive sockets of clients would hold close() open until they time out.
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    journalTo: (next) => {
      journal = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        for (const socket of sockets) socket.destroy();
      }),
  };
}
