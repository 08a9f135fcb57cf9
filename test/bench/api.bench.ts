/**
 * Create, get and list of requests through the API over HTTP (local Functions host, token
 * validation, directory, SLA computation) against the same Cosmos operations done directly with
 * the SDK on the same local Cosmos server, both at 32 concurrent operations in a closed loop.
 * README.md explains the set-up and where the difference goes.
 */
import type { ItemDefinition } from '@azure/cosmos';
import { DEMO, DEMO_TENANT_ID } from '@tandem/functions/dist/platform/local/demo-directory';
import type { Benchmark, BenchOutcome } from './bench-types';
import { compareOp } from './api-compare';
import { devToken, startBenchStack } from './api-local-stack';
import { type SdkOps, inboxQuery, makeSdkOps, toTemplate } from './api-sdk-ops';
import { createCorpus } from './api-corpus';

const load = { connections: 32, warmupSec: 1, durationSec: 5 };
const listLimit = 50;
/** Small enough for the local server, whose queries cost grows with the whole container. */
const corpusSize = 1000;
const createBody = JSON.stringify({
  toDepartmentId: 'marketing',
  typeId: 'question',
  priority: 'normal',
  title: 'Price tags for the spring catalogue',
  description: 'Which stores still need the new price tags, and by when can you print them?',
});

/** The API's first page and the SDK query's must be the same documents in the same order. */
async function checkSameList(
  listUrl: string,
  headers: Readonly<Record<string, string>>,
  ops: SdkOps,
): Promise<string[]> {
  const res = await fetch(listUrl, { headers });
  const httpIds = ((await res.json()) as { items: { id: string }[] }).items.map((i) => i.id);
  const sdkIds = (await ops.list()).map((d) => String(d.id));
  const failures: string[] = [];
  if (httpIds.length !== listLimit)
    failures.push(`list: ${httpIds.length} items, not ${listLimit}`);
  if (httpIds.join() !== sdkIds.join()) {
    failures.push('list: the SDK query no longer returns the page the API returns');
  }
  return failures;
}

async function runApi(): Promise<BenchOutcome> {
  const bench = await startBenchStack();
  try {
    const { url } = bench;
    const requests = bench.container('requests');
    const auth = async (userId: string) => ({
      authorization: `Bearer ${await devToken(url, userId)}`,
    });
    const creator = await auth(DEMO.murmanskRep);
    const reader = await auth(DEMO.marketer);
    const jsonPost = { ...creator, 'content-type': 'application/json' };

    // Lists and gets run over the same corpus on both sides; creates come last, as they grow it.
    const ids = await createCorpus(url, jsonPost, createBody, corpusSize);
    const { resource } = await requests.item(ids[0] ?? '', DEMO_TENANT_ID).read<ItemDefinition>();
    if (!resource) throw new Error('the first request is not readable through the SDK');
    const listPath = `/api/requests?box=inbox&limit=${listLimit}`;
    const sdk = {
      cosmosEndpoint: bench.cosmosEndpoint,
      databaseId: bench.databaseId,
      containerId: requests.id,
      tenantId: DEMO_TENANT_ID,
      template: toTemplate(resource),
      ids,
      list: inboxQuery(DEMO_TENANT_ID, 'marketing'),
      limit: listLimit,
    };
    const failures = await checkSameList(`${url}${listPath}`, reader, makeSdkOps(requests, sdk));
    const list = await compareOp(
      bench,
      load,
      'list',
      { url, method: 'GET', paths: [listPath], headers: reader },
      sdk,
    );
    const paths = ids.map((id) => `/api/requests/${id}`);
    const get = await compareOp(
      bench,
      load,
      'get',
      { url, method: 'GET', paths, headers: reader },
      sdk,
    );
    const create = await compareOp(
      bench,
      load,
      'create',
      { url, method: 'POST', paths: ['/api/requests'], headers: jsonPost, body: createBody },
      sdk,
    );
    const { resources: counted } = await requests.items
      .query<number>('SELECT VALUE COUNT(1) FROM c', { partitionKey: DEMO_TENANT_ID })
      .fetchAll();
    return {
      figures: [
        { name: 'api.connections', value: load.connections, unit: 'count' },
        { name: 'api.corpus_requests', value: ids.length, unit: 'count' },
        ...list.figures,
        ...get.figures,
        ...create.figures,
        { name: 'api.documents_after_create', value: counted[0] ?? 0, unit: 'count' },
      ],
      failures: [...failures, ...list.failures, ...get.failures, ...create.failures],
    };
  } finally {
    await bench.close();
  }
}

export const benchmark: Benchmark = {
  name: 'api',
  description: `create, get and list over HTTP vs the same operations through the Cosmos SDK, ${load.connections} concurrent`,
  goals: (['create', 'get', 'list'] as const).map((op) => ({
    figure: `api.${op}.p50_ratio_vs_sdk`,
    op: '<=' as const,
    target: 1.5,
  })),
  run: runApi,
};
