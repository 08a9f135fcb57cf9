/**
 * Create, get and list of requests through the API over HTTP (local Functions host, token
 * validation, directory, SLA computation) against the same Cosmos operations done directly with
 * the SDK on the same local Cosmos server, and get and create against bare v4 handlers served
 * by the same host, all at 32 concurrent operations in a closed loop. README.md explains the
 * set-up and where the difference goes.
 */
import type { ItemDefinition } from '@azure/cosmos';
import { DEMO, DEMO_TENANT_ID } from '@tandem/functions/dist/platform/local/demo-directory';
import type { Benchmark, BenchOutcome } from './bench-types';
import { compareOp } from './api-compare';
import { devToken, startBenchStack } from './api-local-stack';
import { type SdkOps, inboxQuery, makeSdkOps, toTemplate } from './api-sdk-ops';
import { createCorpus } from './api-corpus';
import { BARE_HANDLER_PREFIX } from './api-bare-handler';

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

/** The bare handlers must answer the stored document, and store a new one under a new id. */
async function checkBareHandler(url: string, template: ItemDefinition): Promise<string[]> {
  const failures: string[] = [];
  const got = await fetch(`${url}/api${BARE_HANDLER_PREFIX}/${String(template.id)}`);
  const read = got.status === 200 ? ((await got.json()) as ItemDefinition) : undefined;
  if (read?.id !== template.id || read?.['title'] !== template['title']) {
    failures.push(`bare get: HTTP ${got.status}, not the stored request`);
  }
  const created = await fetch(`${url}/api${BARE_HANDLER_PREFIX}`, { method: 'POST' });
  const doc = created.status === 201 ? ((await created.json()) as ItemDefinition) : undefined;
  if (!doc?.id || doc.id === template.id || doc['title'] !== template['title']) {
    failures.push(`bare create: HTTP ${created.status}, not a copy under a new id`);
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
    await bench.useBareTemplate(sdk.template);
    const failures = [
      ...(await checkSameList(`${url}${listPath}`, reader, makeSdkOps(requests, sdk))),
      ...(await checkBareHandler(url, resource)),
    ];
    const list = await compareOp(
      bench,
      load,
      'list',
      { url, method: 'GET', paths: [listPath], headers: reader },
      sdk,
    );
    const paths = ids.map((id) => `/api/requests/${id}`);
    // The bare handler gets the same requests, token included: it ignores what it does not use.
    const bare = `/api${BARE_HANDLER_PREFIX}`;
    const get = await compareOp(
      bench,
      load,
      'get',
      { url, method: 'GET', paths, headers: reader },
      sdk,
      { url, method: 'GET', paths: ids.map((id) => `${bare}/${id}`), headers: reader },
    );
    const createPost = { url, method: 'POST', headers: jsonPost, body: createBody } as const;
    const create = await compareOp(
      bench,
      load,
      'create',
      { ...createPost, paths: ['/api/requests'] },
      sdk,
      { ...createPost, paths: [bare] },
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
  description: `create, get and list over HTTP vs the same operations through the Cosmos SDK and (get, create) a bare v4 handler, ${load.connections} concurrent`,
  goals: [
    ...(['create', 'get', 'list'] as const).map((op) => ({
      figure: `api.${op}.p50_ratio_vs_sdk`,
      op: '<=' as const,
      target: 1.5,
    })),
    ...(['create', 'get'] as const).map((op) => ({
      figure: `api.${op}.p50_ratio_vs_bare_handler`,
      op: '<=' as const,
      target: 1.2,
    })),
  ],
  run: runApi,
};
