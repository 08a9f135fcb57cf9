/**
 * Builds every port and adapter from the parsed configuration and wires them into the route
 * table and the SLA sweep. Called by main.ts (Azure Functions) and by the local host, so both run
 * the same handlers on the same adapters.
 */
import { randomUUID } from 'node:crypto';
import type { CosmosClient } from '@azure/cosmos';
import type { Config } from './config';
import type { TokenValidator } from './auth/token-validator';
import { withValidationCache } from './auth/cached-token-validator';
import type { LocalTokenIssuer } from './auth/local-token-issuer';
import { makeCosmosDirectory } from './adapters/cosmos/directory-store';
import { makeCosmosNotifications } from './adapters/cosmos/notification-store';
import { makeCosmosRequestStore } from './adapters/cosmos/request-store';
import { containerDefinitions } from './adapters/cosmos/container-definitions';
import { type RouteDeps, makeRoutes } from './handlers/routes';
import type { Route } from './http/route';
import type { Clock, IdGenerator } from './ports';
import { type SweepReport, sweepSla } from './use-cases/sweep-sla';

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
}

export interface ComposedApp {
  readonly routes: Route[];
  readonly sweep: () => Promise<SweepReport>;
  readonly deps: RouteDeps;
}

export function composeApp(config: Config, parts: ComposeParts): ComposedApp {
  const database = parts.client.database(config.cosmos.databaseId);
  const container = (name: keyof typeof containerDefinitions) =>
    database.container(containerDefinitions[name].id);
  const clock = parts.clock ?? systemClock;
  const directoryStore = makeCosmosDirectory(container('directory'), clock);
  const notifications = makeCosmosNotifications(container('notifications'));
  const deps: RouteDeps = {
    clock,
    ids: parts.ids ?? randomIds,
    requestStore: makeCosmosRequestStore(container('requests')),
    directory: directoryStore,
    directoryStore,
    notifier: notifications,
    notifications,
    tokenValidator: withValidationCache(parts.tokenValidator),
    checkDatabase: async () => {
      await database.read();
    },
    version: parts.version ?? '0.1.0',
    ...(parts.dev ? { dev: parts.dev } : {}),
  };
  return { routes: makeRoutes(deps), sweep: () => sweepSla(deps), deps };
}
