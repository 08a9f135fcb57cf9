/**
 * The log of `npm start` and the test stacks: handlers' chatter (info, debug, trace) is dropped,
 * never a warning or an error, so every 5xx is logged with its correlation id in local mode too.
 */
import type { LogHandler } from '@azure/functions';

export const quietLog: LogHandler = (level, ...args) => {
  if (level === 'warning') console.warn(`[${level}]`, ...args);
  else if (level === 'error' || level === 'critical') console.error(`[${level}]`, ...args);
};
