/**
 * Drives HTTP load with autocannon in a worker thread of its own: the load generator stands for
 * the remote clients, so its parsing must not run on the API host's event loop. The worker
 * reports every 2xx latency in fractional milliseconds (autocannon's histogram rounds to whole
 * ones, too coarse for single-digit latencies).
 */
import type { LoadResult, MeasuredRun } from './api-closed-loop';
import { runJob } from './api-threads';

export interface HttpLoadSpec {
  /** Origin, e.g. http://127.0.0.1:7071 */
  readonly url: string;
  readonly method: 'GET' | 'POST';
  /** Rotated request by request, so reads spread over many documents. */
  readonly paths: readonly string[];
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly connections: number;
  /** Run first and discarded, so JIT, keep-alive sockets and caches are warm. */
  readonly warmupSec: number;
  readonly durationSec: number;
}

export interface HttpLoadResult extends LoadResult {
  /** Responses per status code in the measured run (not the warm-up). */
  readonly statusCounts: Readonly<Record<string, number>>;
}

export function runHttpLoad(spec: HttpLoadSpec): Promise<MeasuredRun<HttpLoadResult>> {
  return runJob<MeasuredRun<HttpLoadResult>>('api-load-worker.js', spec);
}
