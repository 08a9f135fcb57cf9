/**
 * One operation of the `api` benchmark measured both ways, HTTP then SDK, under the same load,
 * and reduced to `api.<op>.*` figures; failures of either side are correctness failures.
 */
import type { BenchOutcome, Figure } from './bench-types';
import { runClosedLoop } from './api-closed-loop';
import { type HttpLoadSpec, runHttpLoad } from './api-http-load';
import { ratio, summarise } from './api-latency';

export interface LoadShape {
  readonly connections: number;
  readonly warmupSec: number;
  readonly durationSec: number;
}

export async function compareOp(
  load: LoadShape,
  op: 'create' | 'get' | 'list',
  http: Omit<HttpLoadSpec, keyof LoadShape>,
  sdk: (seq: number) => Promise<unknown>,
): Promise<BenchOutcome> {
  const h = await runHttpLoad({ ...http, ...load });
  const loop = { concurrency: load.connections, durationMs: load.warmupSec * 1000 };
  await runClosedLoop(sdk, loop);
  const s = await runClosedLoop(sdk, { ...loop, durationMs: load.durationSec * 1000 });
  const failures = [
    ...h.failureSamples.map((f) => `${op} over HTTP: ${f}`),
    ...(s.failed > 0
      ? [`${op} through the SDK: ${s.failed} failed, e.g. ${s.failureSamples[0]}`]
      : []),
  ];
  if (h.latenciesMs.length === 0 || s.latenciesMs.length === 0) {
    return { figures: [], failures: [...failures, `${op}: no operation completed`] };
  }
  const hs = summarise(h.latenciesMs, h.elapsedMs);
  const ss = summarise(s.latenciesMs, s.elapsedMs);
  const f = (name: string, value: number, unit: string): Figure => ({
    name: `api.${op}.${name}`,
    value,
    unit,
  });
  return {
    figures: [
      f('http_p50_ms', hs.p50Ms, 'ms'),
      f('http_p99_ms', hs.p99Ms, 'ms'),
      f('http_ops_per_sec', hs.opsPerSec, 'ops/s'),
      f('sdk_p50_ms', ss.p50Ms, 'ms'),
      f('sdk_p99_ms', ss.p99Ms, 'ms'),
      f('sdk_ops_per_sec', ss.opsPerSec, 'ops/s'),
      f('p50_ratio_vs_sdk', ratio(hs.p50Ms, ss.p50Ms), 'x'),
      f('p99_ratio_vs_sdk', ratio(hs.p99Ms, ss.p99Ms), 'x'),
    ],
    failures,
  };
}
