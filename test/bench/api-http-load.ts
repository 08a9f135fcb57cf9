/**
 * Drives HTTP load with autocannon in a worker thread: on two cores the load generator must not
 * share the event loop with the server it measures, or its own parsing would be billed to the
 * API. The worker reports every 2xx latency in fractional milliseconds (autocannon's histogram
 * rounds to whole ones, too coarse for single-digit latencies).
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LoadResult } from './api-closed-loop';

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

export function runHttpLoad(spec: HttpLoadSpec): Promise<HttpLoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'api-load-worker.js'), { workerData: spec });
    let settled = false;
    worker.once('message', (result: HttpLoadResult) => {
      settled = true;
      resolve(result);
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`HTTP load worker exited with code ${code} and no result`));
    });
  });
}
