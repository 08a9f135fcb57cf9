/**
 * CPU per operation of each thread of the `api` set-up, over the warm-up and the measured run:
 * the figures that say which thread limits each side. Under a closed loop the busiest thread's
 * CPU per operation sets the throughput, and so the p50 (≈ connections / throughput).
 */
import type { Figure } from './bench-types';
import type { ThreadCpu } from './api-thread-cpu';
import { ratio, round2 } from './api-latency';

export interface SideCpu {
  /** The thread that serves the operation: the API host (HTTP) or the SDK client (direct). */
  readonly front: ThreadCpu | null;
  readonly cosmos: ThreadCpu | null;
  readonly ops: number;
}

/** Empty when the OS gives no per-thread figures; they explain the ratio, they are not goals. */
export function cpuFigures(op: string, http: SideCpu, sdk: SideCpu): Figure[] {
  const { front: host, cosmos: httpCosmos } = http;
  const { front: client, cosmos: sdkCosmos } = sdk;
  if (!host || !httpCosmos || !client || !sdkCosmos || http.ops <= 0 || sdk.ops <= 0) return [];
  const us = (ms: number, ops: number) => round2((ms * 1000) / ops);
  const f = (name: string, value: number, unit = 'µs/op'): Figure => ({
    name: `api.${op}.${name}`,
    value,
    unit,
  });
  const hostRun = us(host.runMs, http.ops);
  const clientRun = us(client.runMs, sdk.ops);
  return [
    f('http_host_cpu_us_per_op', hostRun),
    f('http_host_wait_us_per_op', us(host.waitMs, http.ops)),
    f('http_cosmos_cpu_us_per_op', us(httpCosmos.runMs, http.ops)),
    f('sdk_client_cpu_us_per_op', clientRun),
    f('sdk_client_wait_us_per_op', us(client.waitMs, sdk.ops)),
    f('sdk_cosmos_cpu_us_per_op', us(sdkCosmos.runMs, sdk.ops)),
    f('cpu_ratio_host_vs_sdk_client', ratio(hostRun, clientRun), 'x'),
  ];
}
