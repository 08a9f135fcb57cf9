/**
 * Worker-thread entry: the API as `startLocalStack` builds it (Cosmos client, containers, local
 * token issuer, composition root with the bot, the local Functions host) pointed at the Cosmos
 * server of another thread, with the demo tenant's directory. The same pieces as local-stack.ts,
 * whose only other step, starting a Cosmos server in-process, is what this set-up moves out.
 * Beside Tandem's routes the same host serves the bare handlers (api-bare-handler.ts).
 */
import type { ItemDefinition } from '@azure/cosmos';
import { makeCosmosClient } from '@tandem/functions/dist/platform/cosmos/cosmos-client';
import { ensureContainers } from '@tandem/functions/dist/main';
import {
  makeLocalTokenIssuer,
  makeLocalTokenValidator,
} from '@tandem/functions/dist/platform/auth/local-token-issuer';
import { loadBotConfig } from '@tandem/functions/dist/platform/teams/bot-config';
import { composeApp } from '@tandem/functions/dist/main';
import { loadConfig } from '@tandem/functions/dist/config';
import { DEMO_TENANT_ID } from '@tandem/functions/dist/platform/local/demo-tenant';
import { startLocalHost } from '@tandem/functions/dist/platform/local/local-host';
import { containerDefinitions } from '@tandem/functions/dist/main';
import { makeBareHandlers } from './api-bare-handler';
import { serveUntilClosed } from './api-threads';
import { seedDirectory } from './sweep-corpus';

export interface HostThreadData {
  readonly cosmosEndpoint: string;
  readonly dataDir: string;
}

export interface HostThreadInfo {
  /** Origin of the local Functions host, e.g. http://127.0.0.1:40123 */
  readonly url: string;
  readonly databaseId: string;
}

serveUntilClosed<HostThreadData, HostThreadInfo>(async ({ cosmosEndpoint, dataDir }) => {
  const config = loadConfig({ PORT: '0', COSMOS_LOCAL_PORT: '0', TANDEM_DATA_DIR: dataDir });
  if (config.mode !== 'local') throw new Error('the benchmark needs the local configuration');
  const cfg = { ...config, cosmos: { ...config.cosmos, endpoint: cosmosEndpoint } };
  const client = makeCosmosClient(cfg);
  await ensureContainers(client, cfg.cosmos.databaseId);
  const issuer = await makeLocalTokenIssuer({
    audience: cfg.auth.clientId,
    issuerBaseUrl: `${cfg.publicBaseUrl}/local-issuer`,
  });
  // The bot stays in, as startLocalStack wires it: every create hands its card to the publisher.
  const app = composeApp(cfg, {
    client,
    tokenValidator: makeLocalTokenValidator(issuer, cfg.auth),
    dev: { issuer, demoTenantId: DEMO_TENANT_ID },
    bot: { config: loadBotConfig({}, cfg) },
  });
  await seedDirectory({ directoryStore: app.platform.directory });
  const requests = client
    .database(cfg.cosmos.databaseId)
    .container(containerDefinitions.requests.id);
  const bare = makeBareHandlers(requests, DEMO_TENANT_ID);
  const host = await startLocalHost({
    routes: [...app.routes, ...bare.routes],
    port: 0,
    log: () => undefined,
  });
  return {
    info: { url: host.url, databaseId: cfg.cosmos.databaseId },
    configure: (template) => bare.useTemplate(template as ItemDefinition),
    async close() {
      await host.close();
      await app.idle();
      client.dispose();
    },
  };
});
