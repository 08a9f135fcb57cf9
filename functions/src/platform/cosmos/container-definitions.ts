/**
 * The platform's own Cosmos DB containers and the shape every container definition has. Each
 * feature declares its containers in its folder; `containerDefinitions` in functions/src/main.ts is
 * the one table of all of them (the deployment creates exactly those).
 */
import type { ContainerRequest, IndexingPolicy } from '@azure/cosmos';

export interface ContainerDefinition {
  readonly id: string;
  readonly partitionKey: { readonly paths: readonly string[] };
  readonly indexingPolicy?: IndexingPolicy;
}

/** The SDK's request to create a container of a definition. */
export const toContainerRequest = (d: ContainerDefinition): ContainerRequest => ({
  id: d.id,
  partitionKey: { paths: [...d.partitionKey.paths] },
  ...(d.indexingPolicy ? { indexingPolicy: d.indexingPolicy } : {}),
});
export type ContainerTable = Readonly<Record<string, ContainerDefinition>>;

/**
 * The SLA schedule is only ever read and written by id: indexing nothing keeps each patch of a
 * minute bucket cheap (every key of its `entries` map would otherwise be an indexed path).
 */
const slaScheduleIndexing: IndexingPolicy = {
  indexingMode: 'consistent',
  automatic: true,
  includedPaths: [],
  excludedPaths: [{ path: '/*' }],
};

export const platformContainers = {
  /** Departments, branches, people, calendars, request types, SLA policies, bot refs (`docType`). */
  directory: { id: 'directory', partitionKey: { paths: ['/tenantId'] } },
  /** The sweep's timer wheel: one bucket per UTC minute plus its checkpoint, all by id. */
  'sla-schedule': {
    id: 'sla-schedule',
    partitionKey: { paths: ['/id'] },
    indexingPolicy: slaScheduleIndexing,
  },
} as const satisfies ContainerTable;
