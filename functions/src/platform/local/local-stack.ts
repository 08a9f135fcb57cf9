/**
 * The whole product on one machine, in one process: the embedded Cosmos DB server, the
 * containers, the local token issuer and the Functions route table served by the local host.
 * `npm start` runs it with the demo tenant; the integration tests run it on free ports.
 */
import path from 'node:path';
import type { CosmosClient } from '@azure/cosmos';
import { makeCosmosClient } from '../cosmos/cosmos-client';
import { ensureContainers } from '../../main';
import {
  type LocalTokenIssuer,
  makeLocalTokenIssuer,
  makeLocalTokenValidator,
} from '../auth/local-token-issuer';
import { type ComposeParts, type ComposedApp, composeApp } from '../../main';
import type { LocalConfig } from '../../config';
import type { Clock, IdGenerator } from '../../kernel/ports';
import { type LocalCosmosServer, startLocalCosmosServer } from './cosmos-server';
import { loadBotConfig } from '../teams/bot-config';
import type { BotLog } from '../teams/bot-log';
import { DEMO_TENANT_ID, isDemoSeeded, seedDemoTenant } from './demo-tenant';
import { startLocalHost } from './local-host';
import { quietLog } from './quiet-log';
import { restoreSnapshot } from './snapshot';
import { type CosmosJournal, openCosmosJournal, replayCosmosJournal } from './cosmos-journal';

export interface LocalStackOptions {
  readonly config: LocalConfig;
  /** Restore the snapshot of config.local.dataDir before serving. */
  readonly restore?: boolean;
  /** Seed the demo tenant when the database is empty. */
  readonly seed?: boolean;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  readonly quiet?: boolean;
  /** The bot runs locally without Bot Framework tokens; false leaves it out. */
  readonly bot?: false | { readonly log?: BotLog };
  /** Test-only additions to a Graph calendar (CALENDAR_MODE=graph against a stand-in). */
  readonly graph?: ComposeParts['graph'];
}

export interface LocalStack {
  readonly url: string;
  readonly cosmosEndpoint: string;
  readonly client: CosmosClient;
  readonly app: ComposedApp;
  readonly issuer: LocalTokenIssuer;
  /** Documents of the snapshot plus journal entries replayed; null when there was neither. */
  readonly restored: number | null;
  /** With `restore`: the journal of acknowledged writes, for the snapshots to compact. */
  readonly journal?: CosmosJournal;
  readonly seeded: number;
  close(): Promise<void>;
}

const STATIC_DIR = path.resolve(__dirname, '../../../../addin/dist');

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const cosmos = await startLocalCosmosServer(options.config.local.cosmosPort);
  try {
    return await startOn(cosmos, options);
  } catch (err) {
    // A failed start must not leave the embedded server listening (it would keep jest alive).
    await cosmos.close();
    throw err;
  }
}

async function startOn(cosmos: LocalCosmosServer, options: LocalStackOptions): Promise<LocalStack> {
  const { config } = options;
  const cfg: LocalConfig = { ...config, cosmos: { ...config.cosmos, endpoint: cosmos.endpoint } };
  const client = makeCosmosClient(cfg);
  await ensureContainers(client, cfg.cosmos.databaseId);
  const restored = options.restore
    ? ((await restoreSnapshot(client, cfg.cosmos.databaseId, cfg.local.dataDir))?.documents ?? null)
    : null;
  // Persistent data: what the last run acknowledged after its last snapshot, then a journal of
  // this run's writes (opened after the replay, which must not journal itself).
  let journal: CosmosJournal | undefined;
  let replayed = 0;
  if (options.restore) {
    replayed = await replayCosmosJournal(client, cfg.local.dataDir);
    journal = await openCosmosJournal(cfg.local.dataDir);
    cosmos.journalTo(journal);
  }

  const issuer = await makeLocalTokenIssuer({
    audience: cfg.auth.clientId,
    issuerBaseUrl: `${cfg.publicBaseUrl}/local-issuer`,
  });
  const bot =
    options.bot === false
      ? {}
      : {
          bot: {
            config: loadBotConfig({}, cfg),
            ...(options.bot?.log ? { log: options.bot.log } : {}),
          },
        };
  const app = composeApp(cfg, {
    client,
    tokenValidator: makeLocalTokenValidator(issuer, cfg.auth),
    dev: { issuer, demoTenantId: DEMO_TENANT_ID },
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.ids ? { ids: options.ids } : {}),
    ...(options.graph ? { graph: options.graph } : {}),
    ...bot,
  });
  const seeded =
    options.seed && !(await isDemoSeeded(app.platform.directory))
      ? await seedDemoTenant(app.platform.directory, app.modules, app.platform.clock.now())
      : 0;
  const host = await startLocalHost({
    routes: app.routes,
    port: cfg.local.port,
    staticDir: STATIC_DIR,
    ...(options.quiet ? { log: quietLog } : {}),
  });
  return {
    url: host.url,
    cosmosEndpoint: cosmos.endpoint,
    client,
    app,
    issuer,
    restored: restored === null && replayed === 0 ? null : (restored ?? 0) + replayed,
    seeded,
    ...(journal ? { journal } : {}),
    async close() {
      await host.close();
      await app.idle();
      cosmos.journalTo(undefined);
      await journal?.close();
      client.dispose();
      await cosmos.close();
    },
  };
}
