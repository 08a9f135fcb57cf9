import { cpuFigures } from './api-cpu-figures';

const cpu = (runMs: number, waitMs = 0) => ({ runMs, waitMs });

describe('CPU per operation', () => {
  it('divides each thread’s CPU by the operations of its side', () => {
    const figures = cpuFigures(
      'get',
      { front: cpu(3000, 600), cosmos: cpu(500), ops: 10_000 },
      { front: cpu(4000, 200), cosmos: cpu(1000), ops: 20_000 },
    );
    expect(Object.fromEntries(figures.map((f) => [f.name, f.value]))).toEqual({
      'api.get.http_host_cpu_us_per_op': 300,
      'api.get.http_host_wait_us_per_op': 60,
      'api.get.http_cosmos_cpu_us_per_op': 50,
      'api.get.sdk_client_cpu_us_per_op': 200,
      'api.get.sdk_client_wait_us_per_op': 10,
      'api.get.sdk_cosmos_cpu_us_per_op': 50,
      'api.get.cpu_ratio_host_vs_sdk_client': 1.5,
    });
  });

  it('reports nothing when a thread’s figures are unknown or nothing ran', () => {
    const known = { front: cpu(1), cosmos: cpu(1), ops: 1 };
    expect(cpuFigures('get', { ...known, front: null }, known)).toEqual([]);
    expect(cpuFigures('get', known, { ...known, cosmos: null })).toEqual([]);
    expect(cpuFigures('get', known, { ...known, ops: 0 })).toEqual([]);
  });
});
