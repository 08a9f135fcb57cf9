import { bareHandlerFigures } from './api-bare-figures';
import { summarise } from './api-latency';

const cpu = (runMs: number, waitMs = 0) => ({ runMs, waitMs });

describe('Tandem against the bare handler', () => {
  // 1 000 operations each over one second: Tandem's take 12 ms, the bare handler's 10 ms.
  const tandemLatency = summarise(Array<number>(1000).fill(12), 1000);
  const bareLatency = summarise(Array<number>(1000).fill(10), 1000);

  it('divides latencies and the host thread’s CPU per operation, each by the bare side’s', () => {
    const figures = bareHandlerFigures(
      'get',
      { latency: tandemLatency, cpu: { front: cpu(3600), cosmos: cpu(500), ops: 10_000 } },
      { latency: bareLatency, cpu: { front: cpu(4000, 100), cosmos: cpu(800), ops: 20_000 } },
    );
    expect(Object.fromEntries(figures.map((f) => [f.name, f.value]))).toEqual({
      'api.get.bare_p50_ms': 10,
      'api.get.bare_p99_ms': 10,
      'api.get.bare_ops_per_sec': 1000,
      'api.get.p50_ratio_vs_bare_handler': 1.2,
      'api.get.p99_ratio_vs_bare_handler': 1.2,
      'api.get.mean_ratio_vs_bare_handler': 1.2,
      'api.get.bare_host_cpu_us_per_op': 200,
      'api.get.bare_host_wait_us_per_op': 5,
      'api.get.bare_cosmos_cpu_us_per_op': 40,
      'api.get.cpu_ratio_host_vs_bare_handler': 1.8,
    });
  });

  it('keeps the latency figures when the OS gives no thread CPU', () => {
    const names = bareHandlerFigures(
      'create',
      { latency: tandemLatency, cpu: { front: null, cosmos: null, ops: 1 } },
      { latency: bareLatency, cpu: { front: null, cosmos: null, ops: 1 } },
    ).map((f) => f.name);
    expect(names).toContain('api.create.p50_ratio_vs_bare_handler');
    expect(names).not.toContain('api.create.cpu_ratio_host_vs_bare_handler');
  });
});
