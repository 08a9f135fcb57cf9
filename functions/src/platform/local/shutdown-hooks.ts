/**
 * Runs an async shutdown (final snapshot, closing servers) on SIGINT / SIGTERM, then exits.
 * A second signal while shutting down exits at once, so a stuck shutdown never traps Ctrl-C.
 * Process 'exit' handlers cannot await, which is why the work happens on the signal instead.
 */
export interface SignalSource {
  on(event: NodeJS.Signals, listener: () => void): unknown;
  exit(code?: number): never | void;
}

export function installShutdownHooks(
  shutdown: () => Promise<void>,
  proc: SignalSource = process,
  log: (message: string, err?: unknown) => void = (m, e) =>
    e === undefined ? console.log(m) : console.error(m, e),
): void {
  let shuttingDown = false;
  const onSignal = (signal: NodeJS.Signals) => () => {
    if (shuttingDown) {
      log(`${signal} again: exiting without waiting.`);
      proc.exit(1);
      return;
    }
    shuttingDown = true;
    log(`${signal}: saving local data and shutting down…`);
    shutdown().then(
      () => proc.exit(0),
      (err: unknown) => {
        log('Shutdown failed:', err);
        proc.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) proc.on(signal, onSignal(signal));
}
