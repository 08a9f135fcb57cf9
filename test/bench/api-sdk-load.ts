/**
 * The direct-SDK baseline as a load generator in its own worker thread, like the HTTP one: a
 * client of its own (built as the API builds its client) on the Cosmos server's endpoint, the
 * same closed loop of `concurrency` operations, a warm-up, then the measured run.
 */
import type { ItemDefinition, SqlQuerySpec } from '@azure/cosmos';
import type { MeasuredRun } from './api-closed-loop';
import { runJob } from './api-threads';

export interface SdkLoadSpec {
  readonly cosmosEndpoint: string;
  readonly databaseId: string;
  readonly containerId: string;
  readonly op: 'create' | 'get' | 'list';
  readonly tenantId: string;
  /** A stored request (system fields dropped) that `create` copies under new ids. */
  readonly template: ItemDefinition;
  /** What `get` rotates over. */
  readonly ids: readonly string[];
  readonly list: SqlQuerySpec;
  readonly limit: number;
  readonly connections: number;
  readonly warmupSec: number;
  readonly durationSec: number;
}

export function runSdkLoad(spec: SdkLoadSpec): Promise<MeasuredRun> {
  return runJob<MeasuredRun>('api-sdk-worker.js', spec);
}
