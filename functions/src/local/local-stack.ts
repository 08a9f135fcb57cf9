/**
 * The whole product on one machine, in one process: the embedded Cosmos DB server, the
 * containers, the local token issuer and the Functions route table served by the local host.
 * `npm start` runs it with the demo tenant; the integration tests run it on free ports.
 */
import path from 'node:path';
import type { CosmosClient } from '@azure/cosmos';
import { makeCosmosClient } from '../adapters/cosmos/cosmos-client';
import { ensureContainers } from '../adapters/cosmos/ensure-containers';
import {
  type LocalTokenIssuer,
  makeLocalTokenIssuer,
  makeLocalTokenValidator,
} from '../auth/local-token-issuer';
import { type ComposedApp, composeApp } from '../compose';
import type { LocalConfig } from '../config';
import type { Clock, IdGenerator } from '../ports';
import { startLocalCosmosServer } from './cosmos-server';
import { DEMO_TENANT_ID, isDemoSeeded, seedDemoTenant } from './demo-tenant';
import { startLocalHost } from './local-host';
import { restoreSnapshot } from './snapshot';

export interface LocalStackOptions {
  readonly config: LocalConfig;
  /** Restore the snapshot of config.local.dataDir before serving. */
  readonly restore?: boolean;
  /** Seed the demo tenant when the database is empty. */
  readonly seed?: boolean;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  readonly quiet?: boolean;
}

export interface LocalStack {
  readonly url: string;
  readonly cosmosEndpoint: string;
  readonly client: CosmosClient;
  readonly app: ComposedApp;
  readonly issuer: LocalTokenIssuer;
  readonly restored: number | null;
  readonly seeded: number;
  close(): Promise<void>;
}

const STATIC_DIR = path.resolve(__dirname, '../../../addin/dist');

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const { config } = options;
  const cosmos = await startLocalCosmosServer(config.local.cosmosPort);
  const cfg: LocalConfig = { ...config, cosmos: { ...config.cosmos, endpoint: cosmos.endpoint } };
  const client = makeCosmosClient(cfg);
  await ensureContainers(client, cfg.cosmos.databaseId);
  const restored = options.restore
    ? ((await restoreSnapshot(client, cfg.cosmos.databaseId, cfg.local.dataDir))?.documents ?? null)
    : null;

  const issuer = await makeLocalTokenIssuer({
    audience: cfg.auth.clientId,
    issuerBaseUrl: `${cfg.publicBaseUrl}/local-issuer`,
  });
  const app = composeApp(cfg, {
    client,
    tokenValidator: makeLocalTokenValidator(issuer, cfg.auth),
    dev: { issuer, demoTenantId: DEMO_TENANT_ID },
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.ids ? { ids: options.ids } : {}),
  });
  const seeded =
    options.seed && !(await isDemoSeeded(app.deps))
      ? await seedDemoTenant(app.deps, app.deps.clock.now())
      : 0;
  const host = await startLocalHost({
    routes: app.routes,
    port: cfg.local.port,
    staticDir: STATIC_DIR,
    ...(options.quiet ? { log: () => undefined } : {}),
  });
  return {
    url: host.url,
    cosmosEndpoint: cosmos.endpoint,
    client,
    app,
    issuer,
    restored,
    seeded,
    async close() {
      await host.close();
      client.dispose();
      await cosmos.close();
    },
  };
}
