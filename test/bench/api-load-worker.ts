/** Worker-thread entry of api-http-load.ts: a warm-up run, then the measured autocannon run. */
import autocannon from 'autocannon';
import { type MeasuredRun, withWarmup } from './api-closed-loop';
import type { HttpLoadResult, HttpLoadSpec } from './api-http-load';
import { answerJob } from './api-threads';

function load(spec: HttpLoadSpec, seconds: number): Promise<HttpLoadResult> {
  return new Promise((resolve, reject) => {
    const latenciesMs: number[] = [];
    const statusCounts: Record<string, number> = {};
    const failureSamples: string[] = [];
    let next = 0;
    const started = performance.now();
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        duration: seconds,
        requests: [
          {
            method: spec.method,
            headers: { ...spec.headers },
            ...(spec.body === undefined ? {} : { body: spec.body }),
            setupRequest: (req) => ({ ...req, path: spec.paths[next++ % spec.paths.length] }),
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err instanceof Error ? err : new Error(String(err)));
        const failedStatuses = Object.entries(statusCounts).filter(([s]) => !s.startsWith('2'));
        for (const [status, n] of failedStatuses) failureSamples.push(`${n} × HTTP ${status}`);
        if (result.errors > 0) failureSamples.push(`${result.errors} connection errors`);
        resolve({
          latenciesMs,
          statusCounts,
          failed: failedStatuses.reduce((sum, [, n]) => sum + n, 0) + result.errors,
          failureSamples,
          elapsedMs: performance.now() - started,
        });
      },
    );
    instance.on('response', (_client, status, _bytes, responseTimeMs) => {
      statusCounts[status] = (statusCounts[status] ?? 0) + 1;
      if (status >= 200 && status < 300) latenciesMs.push(responseTimeMs);
    });
  });
}

answerJob<HttpLoadSpec, MeasuredRun<HttpLoadResult>>((spec) =>
  withWarmup((seconds) => load(spec, seconds), spec.warmupSec, spec.durationSec),
);
