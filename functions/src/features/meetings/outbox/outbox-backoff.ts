/**
 * When to try a failed send again: exponential backoff with jitter (so that meetings throttled
 * together do not come back together), never earlier than the calendar's Retry-After.
 */
export interface OutboxBackoff {
  readonly baseMs: number;
  readonly capMs: number;
  /** Attempts after which a send that keeps failing transiently is given up as failed. */
  readonly maxAttempts: number;
}

export const defaultOutboxBackoff: OutboxBackoff = {
  baseMs: 5_000,
  capMs: 60 * 60_000,
  maxAttempts: 20,
};

/** Delay before the next attempt, after `attempts` attempts (1 = the first one failed). */
export function retryDelayMs(
  attempts: number,
  retryAfterMs: number | undefined,
  random: () => number,
  backoff: OutboxBackoff = defaultOutboxBackoff,
): number {
  const exponential = Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.max(0, attempts - 1));
  const jittered = exponential * (0.5 + 0.5 * random());
  if (retryAfterMs === undefined) return Math.round(jittered);
  return Math.round(Math.max(jittered, retryAfterMs * (1 + 0.1 * random())));
}
