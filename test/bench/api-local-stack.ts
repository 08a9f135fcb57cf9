/**
 * The `api` benchmark's set-up: the embedded Cosmos DB server in one worker thread, the API (the
 * pieces `startLocalStack` composes, with its local Functions host) in another, pointed at it.
 * The main thread only orchestrates and checks; the load generators get threads of their own
 * (api-http-load.ts, api-sdk-load.ts). The API host also serves the bare handlers
 * (api-bare-handler.ts) under BARE_HANDLER_PREFIX. Imports the compiled product from functions/dist (built
 * by `npm run build` before the bench compiles), as the runtime would.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Container, CosmosClient, ItemDefinition } from '@azure/cosmos';
import { makeCosmosClient } from '@tandem/functions/dist/platform/cosmos/cosmos-client';
import { containerDefinitions } from '@tandem/functions/dist/main';
import type { CosmosThreadInfo } from './api-cosmos-worker';
import type { HostThreadData, HostThreadInfo } from './api-host-worker';
import type { ThreadCpu } from './api-thread-cpu';
import { type Service, startService } from './api-threads';

export interface BenchStack {
  /** Origin of the API host. */
  readonly url: string;
  readonly cosmosEndpoint: string;
  readonly databaseId: string;
  /** A client on the main thread, for the untimed set-up and checks. */
  readonly client: CosmosClient;
  container(name: keyof typeof containerDefinitions): Container;
  /** CPU so far of the API host's and the Cosmos server's threads. */
  cpu(): Promise<{ readonly host: ThreadCpu | null; readonly cosmos: ThreadCpu | null }>;
  /** The stored request the bare create handler copies under new ids. */
  useBareTemplate(template: ItemDefinition): Promise<void>;
  close(): Promise<void>;
}

export async function startBenchStack(): Promise<BenchStack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tandem-bench-'));
  const started: Service<unknown>[] = [];
  const stopAll = async () => {
    for (const service of started.reverse()) await service.close();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const cosmos = await startService<CosmosThreadInfo>('api-cosmos-worker.js', undefined);
    started.push(cosmos);
    const { endpoint } = cosmos.info;
    const hostData: HostThreadData = { cosmosEndpoint: endpoint, dataDir };
    const host = await startService<HostThreadInfo>('api-host-worker.js', hostData);
    started.push(host);
    const { url, databaseId } = host.info;
    const client = makeCosmosClient({ mode: 'local', cosmos: { endpoint, databaseId } });
    const database = client.database(databaseId);
    return {
      url,
      cosmosEndpoint: endpoint,
      databaseId,
      client,
      container: (name) => database.container(containerDefinitions[name].id),
      cpu: async () => ({ host: await host.cpu(), cosmos: await cosmos.cpu() }),
      useBareTemplate: (template) => host.configure(template),
      async close() {
        client.dispose();
        await stopAll();
      },
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

/** A bearer token from the dev sign-in endpoint, as a newcomer's curl would get one. */
export async function devToken(url: string, userId: string): Promise<string> {
  const res = await fetch(`${url}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  if (res.status !== 200) throw new Error(`dev token for ${userId}: HTTP ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}
