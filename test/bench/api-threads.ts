/**
 * The worker threads of the `api` benchmark. Each part of the set-up runs on its own event loop,
 * as each runs on its own machine in production: the Cosmos DB server, the API host, and the
 * load generators (autocannon for HTTP, the direct-SDK client for the baseline). A service
 * worker stays up until closed; a job worker answers once and ends.
 */
import { join } from 'node:path';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { type ThreadCpu, threadCpu } from './api-thread-cpu';

type Reply<T> = { readonly ok: T } | { readonly error: string };

export interface Service<T> {
  /** What the worker reported when it was ready (e.g. its endpoint). */
  readonly info: T;
  /** CPU time of the worker's thread so far (null where the OS does not say). */
  cpu(): Promise<ThreadCpu | null>;
  /** Hands the running service data it could not have at start (e.g. a document made since). */
  configure(data: unknown): Promise<void>;
  /** Stops the worker's service and the worker; rejects if the worker failed meanwhile. */
  close(): Promise<void>;
}

/** `file` is a compiled worker entry beside this module. */
const spawn = (file: string, data: unknown) =>
  new Worker(join(__dirname, file), { workerData: data });

function firstReply<T>(worker: Worker, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number) => reject(new Error(`${what} exited with code ${code}`));
    worker.once('error', reject);
    worker.once('exit', onExit);
    worker.once('message', (reply: Reply<T>) => {
      worker.off('error', reject);
      worker.off('exit', onExit);
      if ('ok' in reply) resolve(reply.ok);
      else reject(new Error(`${what} failed: ${reply.error}`));
    });
  });
}

/** Runs a job worker to completion: its one reply is the result. */
export function runJob<T>(file: string, data: unknown): Promise<T> {
  return firstReply<T>(spawn(file, data), file);
}

export async function startService<T>(file: string, data: unknown): Promise<Service<T>> {
  const worker = spawn(file, data);
  const info = await firstReply<T>(worker, file);
  let failure: Error | undefined;
  worker.on('error', (err) => (failure ??= err));
  return {
    info,
    cpu: () =>
      new Promise((resolve) => {
        worker.once('message', (reply: { cpu: ThreadCpu | null }) => resolve(reply.cpu));
        worker.postMessage('cpu');
      }),
    configure: (data) =>
      new Promise((resolve) => {
        worker.once('message', () => resolve());
        worker.postMessage({ configure: data });
      }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        worker.once('exit', () => (failure ? reject(failure) : resolve()));
        worker.postMessage('close');
      }),
  };
}

const reply = <T>(message: Reply<T>) => parentPort?.postMessage(message);
const describe = (err: unknown) =>
  err instanceof Error ? (err.stack ?? err.message) : String(err);

/** Worker side of runJob: runs `work` on the worker data and replies with its result. */
export function answerJob<D, T>(work: (data: D) => Promise<T>): void {
  work(workerData as D).then(
    (ok) => reply({ ok }),
    (err: unknown) => reply({ error: describe(err) }),
  );
}

/** A running service as its worker sees it. */
export interface RunningService<T> {
  readonly info: T;
  /** What Service.configure sends; services that take nothing later leave it out. */
  configure?(data: unknown): void;
  close(): Promise<void>;
}

type ServiceMessage = 'cpu' | 'close' | { readonly configure: unknown };

/**
 * Worker side of startService: replies when started, answers 'cpu' and `{ configure }`, exits on
 * 'close'.
 */
export function serveUntilClosed<D, T>(start: (data: D) => Promise<RunningService<T>>): void {
  start(workerData as D).then(
    (service) => {
      parentPort?.on('message', (message: ServiceMessage) => {
        if (message === 'cpu') {
          parentPort?.postMessage({ cpu: threadCpu() });
          return;
        }
        if (typeof message === 'object') {
          service.configure?.(message.configure);
          parentPort?.postMessage({ configured: true });
          return;
        }
        // Exit even if a client's keep-alive socket or a timer would keep the thread alive.
        service.close().then(
          () => process.exit(0),
          (err: unknown) => {
            console.error(describe(err));
            process.exit(1);
          },
        );
      });
      reply({ ok: service.info });
    },
    (err: unknown) => reply({ error: describe(err) }),
  );
}
