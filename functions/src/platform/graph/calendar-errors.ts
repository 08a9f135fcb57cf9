/**
 * Failures of a calendar call, as tagged errors. `CalendarUnavailable` is worth retrying later
 * (throttled, service down, network lost) and says when, if the calendar said; `CalendarRejected`
 * will fail again as sent (bad request, missing permission) and needs a person to look at it.
 * A missing event is the shared `NotFound`.
 */
export class CalendarUnavailable extends Error {
  readonly _tag = 'CalendarUnavailable' as const;
  constructor(
    message: string,
    /** HTTP status, absent when no answer came (connection lost, timeout). */
    readonly status?: number,
    /** How long the calendar asked us to wait (Retry-After), in milliseconds. */
    readonly retryAfterMs?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export class CalendarRejected extends Error {
  readonly _tag = 'CalendarRejected' as const;
  constructor(
    message: string,
    readonly status: number,
    /** The service's own error code, e.g. Graph's "ErrorAccessDenied". */
    readonly code?: string,
  ) {
    super(message);
  }
}

export type CalendarError = CalendarUnavailable | CalendarRejected;

export function isCalendarError(err: unknown): err is CalendarError {
  return err instanceof CalendarUnavailable || err instanceof CalendarRejected;
}
