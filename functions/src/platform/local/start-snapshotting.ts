/**
 * Periodic snapshots of the local Cosmos data while `npm start` runs, plus a final one on stop.
 * The caller wires stop() to its shutdown (see installShutdownHooks), because only the caller
 * knows what else must close first.
 */
import type { CosmosClient } from '@azure/cosmos';
import type { CosmosJournal } from './cosmos-journal';
import { takeSnapshot, writeSnapshot } from './snapshot';

export interface SnapshottingOptions {
  readonly client: CosmosClient;
  readonly databaseId: string;
  readonly dataDir: string;
  readonly everyMs: number;
  /** Sealed before each snapshot, its sealed files dropped once the snapshot is on disk. */
  readonly journal?: CosmosJournal;
  /** Failures of background snapshots (there is no caller to throw to); defaults to console.error. */
  readonly onError?: (err: unknown) => void;
}

export interface Snapshotting {
  /** Takes a snapshot now (after any one in progress); false when nothing changed since the last. */
  snapshotNow(): Promise<boolean>;
  /** Stops the timer and takes a final snapshot; errors of that one are thrown. */
  stop(): Promise<void>;
}

export function startSnapshotting(options: SnapshottingOptions): Snapshotting {
  const { client, databaseId, dataDir, everyMs } = options;
  const onError =
    options.onError ?? ((err: unknown) => console.error('Local Cosmos snapshot failed:', err));
  let lastWritten: string | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let stopped = false;

  const snapshotOnce = async (): Promise<boolean> => {
    // Sealed first: every write in the sealed files is in the memory the snapshot reads.
    const sealed = await options.journal?.rotate();
    const snapshot = await takeSnapshot(client, databaseId);
    // Compare content without takenAt: an idle demo should not rewrite the file every few seconds.
    const content = JSON.stringify(snapshot.containers);
    const changed = content !== lastWritten;
    if (changed) {
      await writeSnapshot(dataDir, snapshot);
      lastWritten = content;
    }
    if (sealed !== undefined) await options.journal?.dropThrough(sealed);
    return changed;
  };

  // Serialised so that an older snapshot can never overwrite a newer one.
  const snapshotNow = (): Promise<boolean> => {
    const run = queue.then(snapshotOnce, snapshotOnce);
    queue = run.catch(() => undefined);
    return run;
  };

  let busy = false;
  const timer = setInterval(() => {
    if (busy || stopped) return;
    busy = true;
    snapshotNow()
      .catch(onError)
      .finally(() => {
        busy = false;
      });
  }, everyMs);
  // The timer alone must not keep the process alive.
  timer.unref();

  return {
    snapshotNow,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      await snapshotNow();
    },
  };
}
