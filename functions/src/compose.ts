/**
 * Builds every port and adapter from the parsed configuration and wires them into the route
 * table and the SLA sweep. Called by main.ts (Azure Functions) and by the local host, so both run
 * the same handlers on the same adapters.
 */
import { randomUUID } from 'node:crypto';
import type { CosmosClient } from '@azure/cosmos';
import type { Config } from './config';
import type { TokenValidator } from './platform/auth/token-validator';
import { withValidationCache } from './platform/auth/cached-token-validator';
import type { LocalTokenIssuer } from './platform/auth/local-token-issuer';
import { makeCosmosDirectory } from './features/directory/cosmos-directory-store';
import { makeCosmosNotifications } from './features/notifications/cosmos-notification-store';
import { makeCosmosRequestStore } from './features/requests/cosmos-request-store';
import { makeCosmosSlaSchedule } from './platform/cosmos/sla-schedule';
import { containerDefinitions } from './platform/cosmos/container-definitions';
import { wireApprovals } from './features/approvals/wire-approvals';
import { makeCosmosApprovalStore } from './features/approvals/cosmos-approval-store';
import type { ApprovalAlertSweepReport } from './features/approvals/sweep-approval-alerts';
import { type BotConfig, loadBotConfig } from './platform/teams/bot-config';
import { wireCardPreview } from './features/card-preview/card-preview-wiring';
import type { BotLog } from './platform/teams/bot-log';
import { type BotWiring, allNotifiers, wireBot } from './platform/teams/wire-bot';
import { type RouteDeps, makeRoutes } from './features/requests/routes';
import type { CalendarGatewayFor } from './features/meetings/calendar/calendar-gateway';
import type { OutboxReport } from './features/meetings/outbox/outbox-processor';
import { type GraphHooks, makeCalendars } from './features/meetings/wire-calendar';
import { type MeetingWiring, wireMeetings } from './features/meetings/wire-meetings';
import type { Route } from './platform/http/route';
import type { Clock, IdGenerator } from './kernel/ports';
import { type SweepReport, sweepSla } from './features/requests/sweep-sla';

export const systemClock: Clock = { now: () => Date.now() };
export const randomIds: IdGenerator = { newId: () => randomUUID() };

export interface ComposeParts {
  readonly client: CosmosClient;
  readonly tokenValidator: TokenValidator;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  readonly dev?: {
    readonly issuer: Pick<LocalTokenIssuer, 'issue'>;
    readonly demoTenantId: string;
  };
  readonly version?: string;
  /** The bot at /api/messages; without it the API runs alone (no cards in chat). */
  readonly bot?: { readonly config: BotConfig; readonly log?: BotLog };
  /** Another calendar than the configured one (tests); otherwise config.calendar decides. */
  readonly calendarFor?: CalendarGatewayFor;
  /** Test-only additions to a Graph calendar (trust in a stand-in's certificate, sleeps). */
  readonly graph?: GraphHooks;
}

export interface ComposedApp {
  readonly routes: Route[];
  /** The SLA sweep of requests, then the approvals' SLA alerts. */
  readonly sweep: () => Promise<SweepReport & { readonly approvals: ApprovalAlertSweepReport }>;
  readonly deps: RouteDeps;
  readonly bot?: BotWiring;
  readonly meetings: MeetingWiring;
  /** The timer's pass over calendar outboxes that are due (every minute in Azure). */
  readonly processCalendarOutbox: () => Promise<OutboxReport>;
}

export function composeApp(config: Config, parts: ComposeParts): ComposedApp {
  const database = parts.client.database(config.cosmos.databaseId);
  const container = (name: keyof typeof containerDefinitions) =>
    database.container(containerDefinitions[name].id);
  const clock = parts.clock ?? systemClock;
  const directoryStore = makeCosmosDirectory(container('directory'), clock);
  const notifications = makeCosmosNotifications(container('notifications'));
  const slaSchedule = makeCosmosSlaSchedule(container('sla-schedule'));
  const ids = parts.ids ?? randomIds;
  const plainStore = makeCosmosRequestStore(container('requests'), slaSchedule);
  const plainApprovalStore = makeCosmosApprovalStore(container('requests'));
  // The bot wraps the store so that every writer (API, cards, sweep) keeps posted cards current.
  const bot = parts.bot
    ? wireBot({
        mode: config.mode,
        config: parts.bot.config,
        directoryContainer: container('directory'),
        clock,
        ids,
        requestStore: plainStore,
        approvalStore: plainApprovalStore,
        directory: directoryStore,
        ...(parts.bot.log ? { log: parts.bot.log } : {}),
      })
    : undefined;
  const deps: RouteDeps = {
    clock,
    ids,
    requestStore: bot?.requestStore ?? plainStore,
    slaSchedule,
    directory: directoryStore,
    directoryStore,
    notifier: bot ? allNotifiers(notifications, bot.notifier) : notifications,
    notifications,
    tokenValidator: withValidationCache(parts.tokenValidator),
    checkDatabase: async () => {
      await database.read();
    },
    version: parts.version ?? '0.1.0',
    ...(parts.dev ? { dev: parts.dev } : {}),
  };
  const approvals = wireApprovals({
    ...deps,
    container: container('requests'),
    approvalStore: bot?.approvalStore ?? plainApprovalStore,
  });
  // Without a bot there is no Teams app to link to; the preview only uses the links' web address.
  const cardPreview = wireCardPreview({
    ...deps,
    approvalStore: approvals.approvalStore,
    tab: parts.bot?.config.tab ?? loadBotConfig({}, { ...config, mode: 'local' }).tab,
    ...(bot ? { botCardActions: bot.cardActions } : {}),
    ...(parts.bot?.log ? { log: parts.bot.log } : {}),
  });
  const meetings = wireMeetings({
    ...deps,
    container: container('meetings'),
    calendarFor:
      parts.calendarFor ??
      makeCalendars(config.calendar, container('meetings'), clock, parts.graph),
  });
  return {
    routes: [
      ...makeRoutes(deps),
      ...approvals.routes,
      ...meetings.routes,
      ...cardPreview,
      ...(bot?.routes ?? []),
    ],
    sweep: async () => ({ ...(await sweepSla(deps)), approvals: await approvals.sweep() }),
    meetings,
    processCalendarOutbox: () => meetings.processor.processDue(),
    deps,
    ...(bot ? { bot } : {}),
  };
}
