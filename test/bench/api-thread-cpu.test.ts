import { existsSync } from 'node:fs';
import { cpuSince, parseSchedstat, threadCpu } from './api-thread-cpu';

describe('thread CPU', () => {
  it('reads run and runqueue time from schedstat nanoseconds', () => {
    expect(parseSchedstat('54808235 21386583 49\n')).toEqual({
      runMs: 54.808235,
      waitMs: 21.386583,
    });
    expect(() => parseSchedstat('')).toThrow('unexpected schedstat');
  });

  it('subtracts two readings, and knows nothing if either is unknown', () => {
    expect(cpuSince({ runMs: 10, waitMs: 1 }, { runMs: 25, waitMs: 4 })).toEqual({
      runMs: 15,
      waitMs: 3,
    });
    expect(cpuSince(null, { runMs: 1, waitMs: 0 })).toBeNull();
  });

  it('counts the time this thread spends computing, where the kernel tells', () => {
    const start = threadCpu();
    expect(start === null).toBe(!existsSync('/proc/thread-self/schedstat'));
    if (start === null) return;
    // Spins until the kernel has counted 20 ms of this thread's CPU; on a loaded machine that
    // takes longer than 20 ms of wall time, never less (the reading is of this thread only).
    const began = performance.now();
    let spent = cpuSince(start, threadCpu());
    while ((spent?.runMs ?? 0) < 20 && performance.now() - began < 10_000) {
      spent = cpuSince(start, threadCpu());
    }
    const wallMs = performance.now() - began;
    expect(spent?.runMs).toBeGreaterThanOrEqual(20);
    expect(spent?.runMs ?? Infinity).toBeLessThanOrEqual(wallMs + 5);
  });
});
