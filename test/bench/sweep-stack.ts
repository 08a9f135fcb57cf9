/**
 * What the SLA timer runs on, without the HTTP host: the embedded Cosmos DB server, the
 * containers and the Cosmos adapters the composition root builds, with the clock fixed. The
 * local server's queries take about a minute over 100 000 documents (README.md, `sweep`), so
 * unlike local-stack.ts this starts it with Node's request timeouts off (else Node answers 408
 * once one query has blocked the event loop for 60 s) and lets the client wait 10 minutes.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { CosmosClient, type Container } from '@azure/cosmos';
import { createHttpServer } from '@vercel/cosmosdb-server';
import type { EpochMs } from '@tandem/shared';
import { cosmosClientOptions } from '@tandem/functions/dist/adapters/cosmos/cosmos-client';
import {
  type DirectoryStore,
  makeCosmosDirectory,
} from '@tandem/functions/dist/adapters/cosmos/directory-store';
import { ensureContainers } from '@tandem/functions/dist/adapters/cosmos/ensure-containers';
import { makeCosmosNotifications } from '@tandem/functions/dist/adapters/cosmos/notification-store';
import { makeCosmosRequestStore } from '@tandem/functions/dist/adapters/cosmos/request-store';
import type { Capabilities } from '@tandem/functions/dist/ports';

export type SweepDeps = Pick<
  Capabilities,
  'clock' | 'ids' | 'directory' | 'requestStore' | 'notifier'
> & {
  readonly directoryStore: DirectoryStore;
};

export interface SweepStack {
  readonly deps: SweepDeps;
  readonly requests: Container;
  /** Milliseconds spent in findSlaChangesDue (the sweep's query) since the last call. */
  takeQueryMs(): number;
  close(): Promise<void>;
}

export async function startSweepStack(now: EpochMs): Promise<SweepStack> {
  const server = createHttpServer();
  server.headersTimeout = 0;
  server.requestTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const cosmosConfig = { endpoint: `http://127.0.0.1:${port}`, databaseId: 'tandem-bench' };
  const options = cosmosClientOptions({ mode: 'local', cosmos: cosmosConfig });
  const client = new CosmosClient({
    ...options,
    connectionPolicy: { ...options.connectionPolicy, requestTimeout: 600_000 },
  });
  const containers = await ensureContainers(client, cosmosConfig.databaseId);
  const clock = { now: () => now };
  const store = makeCosmosRequestStore(containers.requests);
  const directoryStore = makeCosmosDirectory(containers.directory, clock);
  let queryMs = 0;
  const deps: SweepDeps = {
    clock,
    ids: { newId: () => randomUUID() },
    directory: directoryStore,
    directoryStore,
    notifier: makeCosmosNotifications(containers.notifications),
    requestStore: {
      ...store,
      async findSlaChangesDue(at, limit) {
        const t0 = performance.now();
        try {
          return await store.findSlaChangesDue(at, limit);
        } finally {
          queryMs += performance.now() - t0;
        }
      },
    },
  };
  return {
    deps,
    requests: containers.requests,
    takeQueryMs() {
      const ms = queryMs;
      queryMs = 0;
      return ms;
    },
    async close() {
      client.dispose();
      await new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
