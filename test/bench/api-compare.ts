/**
 * One operation of the `api` benchmark measured under the same load, each side from its own
 * load-generator thread: Tandem over HTTP, then (for get and create) the bare v4 handler on the
 * same host, then the SDK alone; reduced to `api.<op>.*` figures. Failures of any side are
 * correctness failures.
 */
import type { BenchOutcome, Figure } from './bench-types';
import { bareHandlerFigures } from './api-bare-figures';
import { cpuFigures } from './api-cpu-figures';
import { type HttpLoadSpec, runHttpLoad } from './api-http-load';
import { ratio, summarise } from './api-latency';
import type { BenchStack } from './api-local-stack';
import { type SdkLoadSpec, runSdkLoad } from './api-sdk-load';
import { cpuSince } from './api-thread-cpu';

export interface LoadShape {
  readonly connections: number;
  readonly warmupSec: number;
  readonly durationSec: number;
}

export async function compareOp(
  stack: Pick<BenchStack, 'cpu'>,
  load: LoadShape,
  op: SdkLoadSpec['op'],
  http: Omit<HttpLoadSpec, keyof LoadShape>,
  sdk: Omit<SdkLoadSpec, keyof LoadShape | 'op'>,
  /** The same operation through the bare handler (api-bare-handler.ts); none for list. */
  bare?: Omit<HttpLoadSpec, keyof LoadShape>,
): Promise<BenchOutcome> {
  const beforeHttp = await stack.cpu();
  const hr = await runHttpLoad({ ...http, ...load });
  const afterHttp = await stack.cpu();
  const br = bare && (await runHttpLoad({ ...bare, ...load }));
  const afterBare = await stack.cpu();
  const sr = await runSdkLoad({ ...sdk, ...load, op });
  const afterSdk = await stack.cpu();
  const [h, s] = [hr.measured, sr.measured];
  const failures = [
    ...h.failureSamples.map((f) => `${op} over HTTP: ${f}`),
    ...(br?.measured.failureSamples.map((f) => `${op} through the bare handler: ${f}`) ?? []),
    ...(s.failed > 0
      ? [`${op} through the SDK: ${s.failed} failed, e.g. ${s.failureSamples[0]}`]
      : []),
  ];
  if (h.latenciesMs.length === 0 || s.latenciesMs.length === 0) {
    return { figures: [], failures: [...failures, `${op}: no operation completed`] };
  }
  if (br && br.measured.latenciesMs.length === 0) {
    return { figures: [], failures: [...failures, `${op}: no bare handler call completed`] };
  }
  const hs = summarise(h.latenciesMs, h.elapsedMs);
  const ss = summarise(s.latenciesMs, s.elapsedMs);
  const httpCpu = {
    front: cpuSince(beforeHttp.host, afterHttp.host),
    cosmos: cpuSince(beforeHttp.cosmos, afterHttp.cosmos),
    ops: hr.opsIncludingWarmup,
  };
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
      f('mean_ratio_vs_sdk', ratio(hs.meanMs, ss.meanMs), 'x'),
      ...cpuFigures(op, httpCpu, {
        front: sr.thread,
        cosmos: cpuSince(afterBare.cosmos, afterSdk.cosmos),
        ops: sr.opsIncludingWarmup,
      }),
      ...(br
        ? bareHandlerFigures(
            op,
            { latency: hs, cpu: httpCpu },
            {
              latency: summarise(br.measured.latenciesMs, br.measured.elapsedMs),
              cpu: {
                front: cpuSince(afterHttp.host, afterBare.host),
                cosmos: cpuSince(afterHttp.cosmos, afterBare.cosmos),
                ops: br.opsIncludingWarmup,
              },
            },
          )
        : []),
    ],
    failures,
  };
}
