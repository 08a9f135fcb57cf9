/**
 * Work done after the answer has gone out — updating posted cards after a change — so that a
 * card click or an API call never waits for the Bot Connector. Tasks of one key run one after
 * another, and while one waits, a newer task of the same key replaces it: publishing reads the
 * latest state anyway. (In Azure the Functions worker keeps running these after the response;
 * a queue would survive an instance being recycled mid-task — see the bot README section.)
 */
import { ensureErrorType } from '../http/problem';

export interface BackgroundTasks {
  run(key: string, task: () => Promise<void>): void;
  /** Resolves once nothing runs or waits (tests, graceful shutdown). */
  idle(): Promise<void>;
}

interface Entry {
  waiting: boolean;
  task: () => Promise<void>;
}

export function makeBackgroundTasks(onError: (key: string, err: Error) => void): BackgroundTasks {
  const latest = new Map<string, { entry: Entry; done: Promise<void> }>();
  const running = new Set<Promise<void>>();
  return {
    run(key, task) {
      const previous = latest.get(key);
      if (previous?.entry.waiting) {
        previous.entry.task = task;
        return;
      }
      const entry: Entry = { waiting: true, task };
      const done = (previous?.done ?? Promise.resolve())
        .then(async () => {
          entry.waiting = false;
          try {
            await entry.task();
          } catch (err) {
            onError(key, ensureErrorType(err));
          }
        })
        .finally(() => {
          if (latest.get(key)?.entry === entry) latest.delete(key);
          running.delete(done);
        });
      latest.set(key, { entry, done });
      running.add(done);
    },
    async idle() {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}
