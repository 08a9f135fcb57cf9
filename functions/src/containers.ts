/**
 * Every Cosmos DB container of Tandem, in one table: the platform's own and each feature's
 * (declared in its folder). The local host creates them, Azure deployments create them from the
 * same definitions, and the app checks them at start. Adding a feature's container: one line.
 */
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
