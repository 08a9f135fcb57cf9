/**
 * The one composition root of the Azure Functions app (Node, v4 programming model): the
 * configuration, then the platform, then the features' modules, then app.http / app.timer.
 * Outside the Functions host (jest, the local host of `npm start`) nothing registers here: those
 * call composeApp() with the same configuration and serve the same routes and timers.
 *
 * Adding a feature: its folder under features/, and one line in `modules` below.
 */
import { app } from '@azure/functions';
import type { CosmosClient } from '@azure/cosmos';
import { meetingsContainer } from './features/meetings/meetings-container';
import { notificationsContainer } from './features/notifications/notifications-container';
import { requestsContainer } from './features/requests/requests-container';
import { type ContainerTable, platformContainers } from './platform/cosmos/container-definitions';
import {
  type ContainersOf,
  ensureContainersOf,
  verifyContainersOf,
} from './platform/cosmos/ensure-containers';
import { type Config, loadConfig } from './config';
import { makeEntraTokenValidator } from './platform/auth/entra';
import { makeLocalTokenIssuer, makeLocalTokenValidator } from './platform/auth/local-token-issuer';
import type { TokenValidator } from './platform/auth/token-validator';
import { makeCosmosClient } from './platform/cosmos/cosmos-client';
import { installCrashGuard } from './platform/crash-guard';
import { httpModule } from './platform/http/http-module';
import { ensureErrorType } from './platform/http/problem';
import { registerRoutes } from './platform/http/register-routes';
import type { Route } from './platform/http/route';
import type { OpenApiPiece } from './platform/http/openapi-operation';
import { DEMO_TENANT_ID } from './platform/local/demo-tenant';
import type { FeatureModule, Sweep } from './platform/module';
import { type Platform, type PlatformParts, SLA_TIMER, makePlatform } from './platform/platform';
import { loadBotConfig } from './platform/teams/bot-config';
import { messagesOpenApi } from './platform/teams/messages-openapi';
import { type CardRouter, makeCardRouter } from './platform/teams/card-router';
import type { ScheduleSweepReport } from './platform/schedule/schedule-sweep';
import { SLA_SWEEP, slaSweepModule } from './platform/schedule/sla-sweep-module';
import { type ApprovalAlertSweepReport, approvalsModule } from './features/approvals';
import { cardPreviewModule } from './features/card-preview';
import { directoryModule } from './features/directory';
import { type MeetingsFeature, type MeetingsOptions, meetingsModule } from './features/meetings';
import { notificationsModule } from './features/notifications';
import {
  type RequestSlaSweepReport,
  type RequestsFeature,
  requestsModule,
} from './features/requests';

/**
 * Every Cosmos DB container of Tandem, in one table: the platform's own and each feature's
 * (declared in its folder). The local host creates them, Azure deployments create them from the
 * same definitions, and the app checks them at start. Adding a feature's container: one line.
 */
export const containerDefinitions = {
  ...platformContainers,
  requests: requestsContainer,
  notifications: notificationsContainer,
  meetings: meetingsContainer,
} as const satisfies ContainerTable;

export type ContainerName = keyof typeof containerDefinitions;
export const containerNames = Object.keys(containerDefinitions) as ContainerName[];
export type Containers = ContainersOf<typeof containerDefinitions>;

/** Idempotent: existing database and containers are kept as they are. */
export const ensureContainers = (client: CosmosClient, databaseId: string): Promise<Containers> =>
  ensureContainersOf(client, databaseId, containerDefinitions);

/** For Azure: checks that every container exists with its partition key. */
export const verifyContainers = (client: CosmosClient, databaseId: string): Promise<Containers> =>
  verifyContainersOf(client, databaseId, containerDefinitions);

export interface ComposeParts extends Omit<PlatformParts, 'containers'>, MeetingsOptions {}

/** One timer: its schedule, and a pass of every sweep in it (reports by feature). */
export interface Timer {
  readonly name: string;
  readonly schedule: string;
  readonly everyMs: number;
  run(): Promise<Record<string, object>>;
  worthLogging(reports: Record<string, object>): boolean;
}

export interface SlaSweepReport extends Omit<ScheduleSweepReport, 'kinds'> {
  readonly requests: RequestSlaSweepReport;
  readonly approvals: ApprovalAlertSweepReport;
}

export interface ComposedApp {
  readonly platform: Platform;
  /** What /api/openapi.json is assembled from. */
  readonly openApiPieces: readonly OpenApiPiece[];
  readonly modules: readonly FeatureModule[];
  readonly routes: readonly Route[];
  readonly timers: readonly Timer[];
  readonly cards: CardRouter;
  /** The SLA timer's pass over the SLA schedule, with the reports of its kinds by feature. */
  sweep(): Promise<SlaSweepReport>;
  readonly requests: RequestsFeature;
  readonly meetings: MeetingsFeature;
  /** Settles when every feature's background work (card updates, kicked outbox runs) has ended. */
  idle(): Promise<void>;
}

export function composeApp(config: Config, parts: ComposeParts): ComposedApp {
  const platform = makePlatform(config, { ...parts, containers: containerDefinitions });
  const directory = directoryModule(platform);
  const notifications = notificationsModule(platform);
  const requests = requestsModule(platform);
  directory.addUsageCheck(requests.departmentUsage);
  const approvals = approvalsModule(platform, requests);
  const meetings = meetingsModule(platform, requests, parts);
  const lateCards: CardRouter = { answer: (activity) => cards.answer(activity) };
  const modules: FeatureModule[] = [
    httpModule(platform, () => openApiPieces),
    directory.module,
    notifications.module,
    requests.module,
    approvals.module,
    meetings.module,
    cardPreviewModule(platform, {
      requestStore: requests.requestStore,
      approvalStore: approvals.approvalStore,
      notifications: notifications.inbox,
      cards: lateCards,
    }),
  ];
  // Last: it collects the kinds every other module files in the SLA schedule.
  modules.push(slaSweepModule(platform, modules));
  const cards = makeCardRouter(modules.flatMap((m) => (m.cardVerbs ? [m.cardVerbs] : [])));
  for (const m of modules)
    for (const l of m.listeners ?? []) platform.events.on(l.kind, l.listener);
  const routes = modules.flatMap((m) => m.routes ?? []);
  if (platform.chat) routes.push(platform.chat.messagesRoute(cards));
  const openApiPieces = [
    ...modules.flatMap((m) => (m.openApi ? [m.openApi] : [])),
    ...(platform.chat ? [messagesOpenApi] : []),
  ];
  const timers = timersOf(modules);
  return {
    platform,
    openApiPieces,
    modules,
    routes,
    timers,
    cards,
    sweep: async () => {
      const reports = await (timers.find((t) => t.name === SLA_TIMER.timer) as Timer).run();
      const { kinds, ...run } = reports[SLA_SWEEP] as ScheduleSweepReport;
      return {
        ...run,
        requests: kinds[requests.slaKind.kind] as RequestSlaSweepReport,
        approvals: kinds[approvals.alertKind.kind] as ApprovalAlertSweepReport,
      };
    },
    requests,
    meetings,
    async idle() {
      await platform.chat?.tasks.idle();
      await Promise.all(modules.map((m) => m.idle?.() ?? Promise.resolve()));
    },
  };
}

/** The modules' sweeps grouped by timer, in the order of the modules. */
function timersOf(modules: readonly FeatureModule[]): Timer[] {
  const byName = new Map<string, { sweep: Sweep; module: string }[]>();
  for (const m of modules) {
    for (const sweep of m.sweeps ?? []) {
      byName.set(sweep.timer, [...(byName.get(sweep.timer) ?? []), { sweep, module: m.name }]);
    }
  }
  return [...byName].map(([name, sweeps]) => {
    const first = (sweeps[0] as { sweep: Sweep }).sweep;
    if (sweeps.some((s) => s.sweep.schedule !== first.schedule)) {
      throw new Error(`The sweeps of timer ${name} disagree on its schedule.`);
    }
    return {
      name,
      schedule: first.schedule,
      everyMs: first.everyMs,
      async run() {
        const reports: Record<string, object> = {};
        for (const { sweep, module } of sweeps) reports[module] = await sweep.run();
        return reports;
      },
      worthLogging: (reports) =>
        sweeps.some(({ sweep, module }) => {
          const report = reports[module];
          return report !== undefined && (sweep.worthLogging?.(report) ?? true);
        }),
    };
  });
}

/**
 * Production validates Entra ID tokens. `func start` in local mode (against the embedded Cosmos
 * server or the emulator) uses the local issuer, created on first use, with the same validator.
 */
export function signIn(config: Config): Pick<ComposeParts, 'tokenValidator' | 'dev'> {
  if (config.mode === 'azure') return { tokenValidator: makeEntraTokenValidator(config.auth) };
  const issuer = makeLocalTokenIssuer({
    audience: config.auth.clientId,
    issuerBaseUrl: `${config.publicBaseUrl}/local-issuer`,
  });
  const validator = issuer.then((i) => makeLocalTokenValidator(i, config.auth));
  const tokenValidator: TokenValidator = {
    validate: async (header) => (await validator).validate(header),
  };
  return {
    tokenValidator,
    dev: {
      issuer: { issue: async (id, ttl) => (await issuer).issue(id, ttl) },
      demoTenantId: DEMO_TENANT_ID,
    },
  };
}

/** The Functions worker sets this; `node` running the local host or jest does not. */
if (process.env.FUNCTIONS_WORKER_RUNTIME !== undefined) {
  installCrashGuard();
  const config = loadConfig(process.env);
  // The bot is optional in Azure (an API-only deployment sets no BOT_ID); local mode always has it.
  const withBot = config.mode === 'local' || process.env.BOT_ID !== undefined;
  const composed = composeApp(config, {
    client: makeCosmosClient(config),
    ...signIn(config),
    ...(withBot ? { bot: { config: loadBotConfig(process.env, config) } } : {}),
  });
  registerRoutes(composed.routes);
  for (const timer of composed.timers) {
    app.timer(timer.name, {
      schedule: timer.schedule,
      handler: async (_t, ctx) => {
        try {
          const reports = await timer.run();
          if (timer.worthLogging(reports)) ctx.log(timer.name, reports);
        } catch (err) {
          ctx.error(`${timer.name} failed`, ensureErrorType(err));
          throw err;
        }
      },
    });
  }
}
