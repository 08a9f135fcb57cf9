/**
 * Tandem's get and create against the bare v4 handlers (api-bare-handler.ts) served by the same
 * host thread: what Tandem's own work (token, caller, validation, access, SLA, mapping) adds per
 * call. Latency ratios, and the host thread's CPU per operation, which explains them.
 */
import type { Figure } from './bench-types';
import type { SideCpu } from './api-cpu-figures';
import { type LatencySummary, ratio, round2 } from './api-latency';

export interface HostSide {
  readonly latency: LatencySummary;
  /** `front` is the API host's thread, which serves both sides. */
  readonly cpu: SideCpu;
}

export function bareHandlerFigures(op: string, tandem: HostSide, bare: HostSide): Figure[] {
  const f = (name: string, value: number, unit: string): Figure => ({
    name: `api.${op}.${name}`,
    value,
    unit,
  });
  const figures = [
    f('bare_p50_ms', bare.latency.p50Ms, 'ms'),
    f('bare_p99_ms', bare.latency.p99Ms, 'ms'),
    f('bare_ops_per_sec', bare.latency.opsPerSec, 'ops/s'),
    f('p50_ratio_vs_bare_handler', ratio(tandem.latency.p50Ms, bare.latency.p50Ms), 'x'),
    f('p99_ratio_vs_bare_handler', ratio(tandem.latency.p99Ms, bare.latency.p99Ms), 'x'),
    f('mean_ratio_vs_bare_handler', ratio(tandem.latency.meanMs, bare.latency.meanMs), 'x'),
  ];
  const [t, b] = [tandem.cpu, bare.cpu];
  if (!t.front || !b.front || !b.cosmos || t.ops <= 0 || b.ops <= 0) return figures;
  const us = (ms: number, ops: number) => round2((ms * 1000) / ops);
  const tandemHost = us(t.front.runMs, t.ops);
  const bareHost = us(b.front.runMs, b.ops);
  return [
    ...figures,
    f('bare_host_cpu_us_per_op', bareHost, 'µs/op'),
    f('bare_host_wait_us_per_op', us(b.front.waitMs, b.ops), 'µs/op'),
    f('bare_cosmos_cpu_us_per_op', us(b.cosmos.runMs, b.ops), 'µs/op'),
    f('cpu_ratio_host_vs_bare_handler', ratio(tandemHost, bareHost), 'x'),
  ];
}
