/**
 * The one place where Graph answers become errors: a missing item is the shared NotFound, throttling and
 * server trouble are CalendarUnavailable (with the Retry-After the service asked for), anything
 * else is CalendarRejected with Graph's own error code. The original text is kept in the message.
 */
import { NotFound } from '@tandem/shared';
import { z } from 'zod';
import { CalendarRejected, CalendarUnavailable } from './calendar-errors';

/** Statuses Graph documents as transient: throttling (429) and service trouble (5xx gateways). */
const transientStatuses = new Set([429, 500, 502, 503, 504]);

export function isTransientStatus(status: number): boolean {
  return transientStatuses.has(status);
}

const graphErrorBodySchema = z.object({
  error: z.object({ code: z.string().optional(), message: z.string().optional() }),
});

/** Retry-After as delta-seconds or an HTTP date (RFC 9110), in ms from `now`; undefined if absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Builds the error for a non-2xx answer. `what` names the call, e.g. "POST /users/x/events". */
export function graphErrorOf(
  what: string,
  status: number,
  bodyText: string,
  retryAfterHeader: string | null,
  now: number,
): Error {
  const { code, message } = parseGraphError(bodyText);
  const detail = `${what} answered ${status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}`;
  // Only a missing item is NotFound; a 404 for an unknown mailbox must not pass for "gone".
  if (status === 404 && (code === undefined || code === 'ErrorItemNotFound')) {
    return new NotFound('Calendar item', what);
  }
  if (isTransientStatus(status)) {
    return new CalendarUnavailable(
      `Microsoft Graph is unavailable: ${detail}`,
      status,
      retryAfterMs(retryAfterHeader, now),
    );
  }
  return new CalendarRejected(`Microsoft Graph refused the call: ${detail}`, status, code);
}

function parseGraphError(bodyText: string): {
  code?: string | undefined;
  message?: string | undefined;
} {
  try {
    const parsed = graphErrorBodySchema.safeParse(JSON.parse(bodyText));
    if (parsed.success) return parsed.data.error;
  } catch {
    // Not JSON (a gateway's HTML page, an empty body): the status alone tells the story.
  }
  return {};
}
