/** Worker-thread entry of api-sdk-load.ts: a warm-up run, then the measured closed loop. */
import { makeCosmosClient } from '@tandem/functions/dist/platform/cosmos/cosmos-client';
import { type MeasuredRun, runClosedLoop, withWarmup } from './api-closed-loop';
import type { SdkLoadSpec } from './api-sdk-load';
import { makeSdkOps } from './api-sdk-ops';
import { answerJob } from './api-threads';

answerJob<SdkLoadSpec, MeasuredRun>(async (spec) => {
  const client = makeCosmosClient({
    mode: 'local',
    cosmos: { endpoint: spec.cosmosEndpoint, databaseId: spec.databaseId },
  });
  try {
    const ops = makeSdkOps(client.database(spec.databaseId).container(spec.containerId), spec);
    const op = ops[spec.op];
    const loop = (seconds: number) =>
      runClosedLoop(op, { concurrency: spec.connections, durationMs: seconds * 1000 });
    return await withWarmup(loop, spec.warmupSec, spec.durationSec);
  } finally {
    client.dispose();
  }
});
