/**
 * The real local stack (embedded Cosmos DB server, containers, token issuer, local Functions
 * host) on free ports and a throw-away data folder, as both the `api` and the `sweep`
 * benchmarks use it. Imports the compiled product from functions/dist (built by `npm run build`
 * before the bench compiles), as the runtime would.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Container } from '@azure/cosmos';
import { loadConfig, type LocalConfig } from '@tandem/functions/dist/config';
import { containerDefinitions } from '@tandem/functions/dist/adapters/cosmos/container-definitions';
import { startLocalStack, type LocalStack } from '@tandem/functions/dist/local/local-stack';
import type { Clock } from '@tandem/functions/dist/ports';

export interface BenchStack {
  readonly stack: LocalStack;
  readonly config: LocalConfig;
  container(name: keyof typeof containerDefinitions): Container;
  close(): Promise<void>;
}

export async function startBenchStack(options: {
  readonly seed: boolean;
  readonly clock?: Clock;
}): Promise<BenchStack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tandem-bench-'));
  const config = loadConfig({ PORT: '0', COSMOS_LOCAL_PORT: '0', TANDEM_DATA_DIR: dataDir });
  if (config.mode !== 'local') throw new Error('the benchmark needs the local configuration');
  const stack = await startLocalStack({
    config,
    seed: options.seed,
    quiet: true,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const database = stack.client.database(config.cosmos.databaseId);
  return {
    stack,
    config,
    container: (name) => database.container(containerDefinitions[name].id),
    async close() {
      await stack.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A bearer token from the dev sign-in endpoint, as a newcomer's curl would get one. */
export async function devToken(stack: LocalStack, userId: string): Promise<string> {
  const res = await fetch(`${stack.url}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  if (res.status !== 200) throw new Error(`dev token for ${userId}: HTTP ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}
