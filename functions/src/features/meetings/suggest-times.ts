/**
 * "When can we meet?": slots in which the organiser and every required attendee are free
 * (getSchedule, batched by the gateway) and that lie inside the working hours of every
 * department of the meeting (their business calendars, holidays included).
 */
import {
  type BusinessCalendarSpec,
  type Department,
  type EpochMs,
  type MeetingSeries,
  type Person,
  MS_PER_DAY,
  ValidationFailed,
  compileCalendar,
  resolveMeetingPeople,
} from '@tandem/shared';
import type { BusyStatus, CalendarGateway } from './calendar/calendar-gateway';
import { type Interval, freeSlots, intersect, workingIntervals } from './free-slots';

/** getSchedule looks at most this far (Graph refuses longer ranges). */
export const MAX_SUGGESTION_DAYS = 62;

/** Statuses that still let a person attend. */
const freeStatuses = new Set<BusyStatus>(['free', 'workingElsewhere']);

export interface SuggestTimesInput {
  readonly series: Pick<
    MeetingSeries,
    | 'tenantId'
    | 'organiserId'
    | 'requiredAttendeeIds'
    | 'optionalAttendeeIds'
    | 'departmentIds'
    | 'durationMinutes'
    | 'recurrence'
  >;
  readonly people: readonly Person[];
  readonly departments: readonly Department[];
  readonly calendars: readonly BusinessCalendarSpec[];
  readonly from: EpochMs;
  readonly to: EpochMs;
  readonly stepMinutes?: number;
  readonly limit?: number;
}

export interface SuggestedTime {
  readonly start: EpochMs;
  readonly end: EpochMs;
}

export interface SuggestedTimes {
  readonly slots: readonly SuggestedTime[];
  /** Mailboxes whose free/busy the calendar could not give; the slots ignore them. */
  readonly unknownMailboxes: readonly string[];
}

export async function suggestTimes(
  calendar: CalendarGateway,
  input: SuggestTimesInput,
): Promise<SuggestedTimes> {
  const { series, from, to } = input;
  if (!(to > from) || to - from > MAX_SUGGESTION_DAYS * MS_PER_DAY) {
    throw new ValidationFailed('The search range is not valid.', [
      { path: 'to', message: `End after the start, at most ${MAX_SUGGESTION_DAYS} days later.` },
    ]);
  }
  const { organiser, required } = resolveMeetingPeople(series, input.people);
  let windows: Interval[] = [[from, to]];
  for (const departmentId of series.departmentIds) {
    windows = intersect(windows, workingIntervals(calendarOf(input, departmentId), from, to));
  }
  const mailboxes = [organiser, ...required].map((p) => p.email);
  const availability = await calendar.getSchedule(
    organiser.email,
    mailboxes,
    from,
    to,
    series.recurrence.timeZone,
  );
  const busy = availability.flatMap((a) =>
    a.busy.filter((b) => !freeStatuses.has(b.status)).map((b): Interval => [b.start, b.end]),
  );
  const slots = freeSlots({
    windows,
    busy,
    durationMs: series.durationMinutes * 60_000,
    stepMs: (input.stepMinutes ?? 30) * 60_000,
    limit: input.limit ?? 10,
  });
  return {
    slots: slots.map(([start, end]) => ({ start, end })),
    unknownMailboxes: availability.filter((a) => a.error !== undefined).map((a) => a.mailbox),
  };
}

function calendarOf(input: SuggestTimesInput, departmentId: string) {
  const department = input.departments.find((d) => d.id === departmentId);
  const spec = department && input.calendars.find((c) => c.id === department.calendarId);
  if (!spec) {
    throw new ValidationFailed('A department of the meeting has no business calendar.', [
      { path: 'departmentIds', message: `No calendar for department "${departmentId}".` },
    ]);
  }
  return compileCalendar(spec);
}
