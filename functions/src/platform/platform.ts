/**
 * The platform every feature is built on: the parsed configuration, the clock and ids, the
 * Cosmos containers, the tenant directory, the SLA schedule, sign-in, the after-write bus, the
 * one Notifier, and the bot's chat when the bot is composed. main.ts makes it once; features take
 * what they need.
 */
import { randomUUID } from 'node:crypto';
import type { Container, CosmosClient, Database } from '@azure/cosmos';
import type { Config } from '../config';
import { type AfterWriteBus, makeAfterWriteBus } from '../kernel/events';
import type { Clock, IdGenerator, SlaSchedule } from '../kernel/ports';
import { withValidationCache } from './auth/cached-token-validator';
import type { LocalTokenIssuer } from './auth/local-token-issuer';
import type { TokenValidator } from './auth/token-validator';
import type { TabLink } from './cards';
import type { ContainerTable } from './cosmos/container-definitions';
import { type DirectoryStore, makeCosmosDirectory } from './cosmos/directory-store';
import { makeCosmosSlaSchedule } from './cosmos/sla-schedule';
import { type FanOutNotifier, makeFanOutNotifier } from './fan-out-notifier';
import { ensureErrorType } from './http/problem';
import { type BotConfig, loadBotConfig } from './teams/bot-config';
import { type BotLog, consoleBotLog } from './teams/bot-log';
import { type Chat, makeChat } from './teams/chat';

export const systemClock: Clock = { now: () => Date.now() };
export const randomIds: IdGenerator = { newId: () => randomUUID() };

/** The SLA timer: every feature with business-time clocks sweeps in it, once a minute. */
export const SLA_TIMER = { timer: 'slaSweep', schedule: '0 */1 * * * *', everyMs: 60_000 } as const;

/** Only in local mode: the dev sign-in endpoints exist only when this is set. */
export interface DevSignIn {
  readonly issuer: Pick<LocalTokenIssuer, 'issue'>;
  readonly demoTenantId: string;
}

export interface PlatformParts {
  readonly client: CosmosClient;
  /** Every container of the app (`containerDefinitions` in functions/src/main.ts). */
  readonly containers: ContainerTable;
  readonly tokenValidator: TokenValidator;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  readonly dev?: DevSignIn;
  readonly version?: string;
  /** The bot at /api/messages; without it the API runs alone (no cards in chat). */
  readonly bot?: { readonly config: BotConfig; readonly log?: BotLog };
}

export interface Platform {
  readonly config: Config;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly version: string;
  readonly database: Database;
  /** A container of the composed table by its name; throws for a name the table lacks. */
  container(name: string): Container;
  readonly tokenValidator: TokenValidator;
  /** The tenants' directories: people, departments, calendars, request types, SLA policies. */
  readonly directory: DirectoryStore;
  /** The SLA sweep's timer wheel: every store of a kind the sweep handles files its writes here. */
  readonly slaSchedule: SlaSchedule;
  readonly events: AfterWriteBus;
  /** Every feature adds where its notifications go; use cases notify through this one. */
  readonly notifier: FanOutNotifier;
  /** The bot's chat; undefined in an API-only deployment. */
  readonly chat: Chat | undefined;
  /** Where cards and notifications link to in the tab (also without a bot). */
  readonly tab: TabLink;
  readonly log: BotLog;
  readonly dev: DevSignIn | undefined;
}

export function makePlatform(config: Config, parts: PlatformParts): Platform {
  const database = parts.client.database(config.cosmos.databaseId);
  const container = (name: string) => {
    const definition = parts.containers[name];
    if (!definition) throw new Error(`No container "${name}" in the container table.`);
    return database.container(definition.id);
  };
  const clock = parts.clock ?? systemClock;
  const log = parts.bot?.log ?? consoleBotLog;
  const directory = makeCosmosDirectory(container('directory'), clock);
  const chat = parts.bot
    ? makeChat({
        mode: config.mode,
        config: parts.bot.config,
        directoryContainer: container('directory'),
        directory,
        clock,
        log,
      })
    : undefined;
  return {
    config,
    clock,
    ids: parts.ids ?? randomIds,
    version: parts.version ?? '0.1.0',
    database,
    container,
    tokenValidator: withValidationCache(parts.tokenValidator),
    directory,
    slaSchedule: makeCosmosSlaSchedule(container('sla-schedule'), clock),
    events: makeAfterWriteBus((kind, err) =>
      log('error', `An after-write listener of ${kind} failed`, ensureErrorType(err)),
    ),
    notifier: makeFanOutNotifier(),
    chat,
    // Without a bot there is no Teams app to link to; links then only use the tab's web address.
    tab: parts.bot?.config.tab ?? loadBotConfig({}, { ...config, mode: 'local' }).tab,
    log,
    dev: parts.dev,
  };
}
