/**
 * One crash guard per process: an error that escapes everything else (a library that throws in
 * a callback, a promise nobody awaits) is logged and the process keeps serving, instead of
 * ending every request in flight and, locally, the embedded Cosmos DB with them. Installed only
 * by the entry points (the Functions app, `npm start`), never by a module jest imports: jest
 * reports such errors itself.
 */
import type { EventEmitter } from 'node:events';
import { ensureErrorType } from './http/problem';

type Log = (message: string, err: Error) => void;

const guarded = new WeakSet<EventEmitter>();

export function installCrashGuard(
  log: Log = (m, e) => console.error(m, e),
  target: EventEmitter = process,
): void {
  if (guarded.has(target)) return;
  guarded.add(target);
  target.on('unhandledRejection', (reason) => {
    log('An unhandled rejection was caught by the crash guard', ensureErrorType(reason));
  });
  target.on('uncaughtException', (err) => {
    log('An uncaught exception was caught by the crash guard', ensureErrorType(err));
  });
}
