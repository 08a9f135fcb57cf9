/**
 * One log sink for the bot and the SDK inside it. The SDK's own logger is chatty at info level
 * and would otherwise read LOG_LEVEL from the environment; here only its warnings and errors
 * pass, into the same sink as the bot's.
 */
import type { ILogger, LogLevel } from '@microsoft/teams.common';

export type BotLogLevel = 'info' | 'warn' | 'error';
export type BotLog = (level: BotLogLevel, message: string, err?: Error) => void;

export const consoleBotLog: BotLog = (level, message, err) => {
  const write = level === 'error' ? console.error : level === 'warn' ? console.warn : console.log;
  if (err) write(`[bot] ${message}`, err);
  else write(`[bot] ${message}`);
};

export function toSdkLogger(log: BotLog, name = 'teams'): ILogger {
  const emit = (level: LogLevel, msg: unknown[]) => {
    if (level !== 'warn' && level !== 'error') return;
    const err = msg.find((m): m is Error => m instanceof Error);
    const text = msg
      .filter((m) => m !== err)
      .map((m) => (typeof m === 'string' ? m : safeJson(m)))
      .join(' ');
    log(level, `${name}: ${text}`, err);
  };
  const logger: ILogger = {
    debug: (...msg) => emit('debug', msg),
    info: (...msg) => emit('info', msg),
    warn: (...msg) => emit('warn', msg),
    error: (...msg) => emit('error', msg),
    trace: (...msg) => emit('trace', msg),
    log: (level, ...msg) => emit(level, msg),
    child: (child) => toSdkLogger(log, `${name}/${child}`),
  };
  return logger;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
