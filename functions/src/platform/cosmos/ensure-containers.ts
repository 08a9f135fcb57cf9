/**
 * Creates (local, key auth) or checks (managed identity) the database and the containers of a
 * table (`containerDefinitions` in functions/src/main.ts is Tandem's), and hands back one Container handle per name.
 */
import type { Container, CosmosClient } from '@azure/cosmos';
import { cosmosStatusOf, mapCosmosError } from './cosmos-errors';
import {
  type ContainerDefinition,
  type ContainerTable,
  toContainerRequest,
} from './container-definitions';

export type ContainersOf<T extends ContainerTable> = Readonly<Record<keyof T & string, Container>>;

/** Idempotent: existing database and containers are kept as they are. */
export async function ensureContainersOf<T extends ContainerTable>(
  client: CosmosClient,
  databaseId: string,
  containerDefinitions: T,
): Promise<ContainersOf<T>> {
  const definitions = Object.entries<ContainerDefinition>(containerDefinitions);
  const { database } = await client.databases.createIfNotExists({ id: databaseId });
  const entries = await Promise.all(
    definitions.map(async ([name, definition]) => {
      const { container } = await database.containers.createIfNotExists(
        toContainerRequest(definition),
      );
      return [name, container] as const;
    }),
  );
  return Object.freeze(Object.fromEntries(entries) as ContainersOf<T>);
}

/**
 * For Azure with DefaultAzureCredential: data-plane RBAC cannot create databases or containers,
 * so the deployment creates them and the app only checks, failing fast on a missing container or
 * a different partition key (which would silently break every point read).
 */
export async function verifyContainersOf<T extends ContainerTable>(
  client: CosmosClient,
  databaseId: string,
  containerDefinitions: T,
): Promise<ContainersOf<T>> {
  const definitions = Object.entries<ContainerDefinition>(containerDefinitions);
  const database = client.database(databaseId);
  const entries = await Promise.all(
    definitions.map(async ([name, expected]) => {
      const container = database.container(expected.id);
      const where = `${databaseId}/${expected.id}`;
      const resource = await container.read().then(
        (response) => response.resource,
        (err: unknown) => {
          if (cosmosStatusOf(err) === 404) return undefined;
          throw mapCosmosError(err, 'Cosmos container', where);
        },
      );
      if (!resource) {
        throw new Error(`Cosmos container ${where} does not exist; deploy it first.`);
      }
      const actual = resource.partitionKey?.paths ?? [];
      if (actual.join() !== expected.partitionKey.paths.join()) {
        throw new Error(
          `Cosmos container ${where} is partitioned by ${actual.join() || 'nothing'}, expected ${expected.partitionKey.paths.join()}.`,
        );
      }
      return [name, container] as const;
    }),
  );
  return Object.freeze(Object.fromEntries(entries) as ContainersOf<T>);
}
