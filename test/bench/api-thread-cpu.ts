/**
 * CPU time of the calling thread, from Linux's per-thread scheduler statistics: the time it ran
 * and the time it was ready but waited for a core. Per operation they show which thread of the
 * `api` set-up is the bottleneck, independently of how busy the rest of the machine was.
 */
import { readFileSync } from 'node:fs';

export interface ThreadCpu {
  readonly runMs: number;
  readonly waitMs: number;
}

/** Null where the kernel does not expose /proc/thread-self/schedstat (not Linux). */
export function threadCpu(): ThreadCpu | null {
  try {
    return parseSchedstat(readFileSync('/proc/thread-self/schedstat', 'utf8'));
  } catch {
    return null;
  }
}

/** `<ns on cpu> <ns waiting on a runqueue> <timeslices>` */
export function parseSchedstat(text: string): ThreadCpu {
  const [run, wait] = text.trim().split(/\s+/).map(Number);
  if (!Number.isFinite(run) || !Number.isFinite(wait)) {
    throw new Error(`unexpected schedstat "${text}"`);
  }
  return { runMs: (run as number) / 1e6, waitMs: (wait as number) / 1e6 };
}

export function cpuSince(start: ThreadCpu | null, end: ThreadCpu | null): ThreadCpu | null {
  if (!start || !end) return null;
  return { runMs: end.runMs - start.runMs, waitMs: end.waitMs - start.waitMs };
}
