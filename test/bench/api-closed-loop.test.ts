import { runClosedLoop } from './api-closed-loop';

describe('runClosedLoop', () => {
  it('keeps exactly `concurrency` operations in flight until the deadline', async () => {
    let inFlight = 0;
    let peak = 0;
    const seen = new Set<number>();
    const result = await runClosedLoop(
      async (seq) => {
        seen.add(seq);
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
      },
      { concurrency: 4, durationMs: 100 },
    );
    expect(peak).toBe(4);
    expect(inFlight).toBe(0);
    expect(result.failed).toBe(0);
    expect(result.latenciesMs.length).toBe(seen.size);
    expect(result.latenciesMs.length).toBeGreaterThanOrEqual(8);
    expect(Math.min(...result.latenciesMs)).toBeGreaterThanOrEqual(4);
    expect(result.elapsedMs).toBeGreaterThanOrEqual(100);
  });

  it('counts failures apart from latencies and keeps a few messages', async () => {
    const result = await runClosedLoop(
      async (seq) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (seq % 2 === 1) throw new Error(`boom ${seq}`);
      },
      { concurrency: 2, durationMs: 50 },
    );
    expect(result.failed).toBeGreaterThan(0);
    expect(result.latenciesMs.length).toBeGreaterThan(0);
    expect(result.failureSamples.length).toBe(Math.min(5, result.failed));
    expect(result.failureSamples[0]).toMatch(/^boom \d+$/);
  });
});
