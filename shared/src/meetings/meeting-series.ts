/**
 * A joint planning meeting series: who meets, when (weekly, local time in an IANA zone) and how
 * long. `revision` counts every change that invitees must see (time, people, agenda), so that
 * calendar writes and iCalendar SEQUENCE numbers follow it.
 */
import { z } from 'zod';
import { localDateSchema } from '../calendar/calendar-spec-schema';
import { tryParseClockTime } from '../calendar/local-date';
import { ValidationFailed } from '../kernel/errors';
import { departmentIdSchema, personIdSchema, tenantIdSchema } from '../kernel/ids';
import { titleSchema } from '../requests';
import { timeZoneSchema } from '../kernel/time';
import type { IsoWeekday } from '../sla/types';
import { meetingSeriesIdSchema } from './meeting-ids';

export const isoWeekdaySchema = z
  .number()
  .int()
  .min(1)
  .max(7)
  .transform((n) => n as IsoWeekday);

export const meetingRecurrenceSchema = z
  .strictObject({
    /** ISO weekdays the meeting takes place on (1 = Monday). */
    weekdays: z.array(isoWeekdaySchema).min(1).max(7),
    /** Every `interval` weeks, counted from the week of `startDate` (weeks start on Monday). */
    interval: z.number().int().min(1).max(52).default(1),
    /** Local wall-clock start, "HH:mm"; it stays the same across daylight-saving changes. */
    localTime: z
      .string()
      .refine((s) => tryParseClockTime(s, false) !== undefined, 'Expected a time "HH:mm".'),
    timeZone: timeZoneSchema,
    startDate: localDateSchema,
    endDate: localDateSchema.optional(),
    /** Number of occurrences, counted from the first one. */
    count: z.number().int().min(1).max(1000).optional(),
  })
  .superRefine((r, ctx) => {
    if (new Set(r.weekdays).size !== r.weekdays.length) {
      ctx.addIssue({ code: 'custom', path: ['weekdays'], message: 'Weekdays repeat.' });
    }
    if (r.endDate !== undefined && r.count !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['count'], message: 'Give an end date or a count.' });
    }
    if (r.endDate !== undefined && r.endDate < r.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Ends before it starts.' });
    }
  })
  .transform((r) => ({ ...r, weekdays: [...r.weekdays].sort((a, b) => a - b) }));
export type MeetingRecurrence = z.output<typeof meetingRecurrenceSchema>;

const personIds = z.array(personIdSchema).max(200);

const seriesFields = {
  title: titleSchema,
  /** The departments that plan together; requests between any two of them feed the agenda. */
  departmentIds: z.array(departmentIdSchema).min(2).max(20),
  requiredAttendeeIds: personIds,
  optionalAttendeeIds: personIds,
  recurrence: meetingRecurrenceSchema,
  durationMinutes: z.number().int().min(5).max(480),
};

/** Body of "change the meeting": any of the fields, none defaulted (absent means unchanged). */
export const meetingSeriesChangesSchema = z.strictObject(seriesFields).partial();
export type MeetingSeriesChanges = z.input<typeof meetingSeriesChangesSchema>;

/** Body of "schedule a joint planning meeting"; the organiser is the caller. */
export const newMeetingSeriesInputSchema = z.strictObject({
  ...seriesFields,
  optionalAttendeeIds: personIds.default([]),
});
export type NewMeetingSeriesInput = z.input<typeof newMeetingSeriesInputSchema>;

export const meetingSeriesStatusSchema = z.enum(['active', 'cancelled']);

export const meetingSeriesSchema = z
  .object({
    id: meetingSeriesIdSchema,
    tenantId: tenantIdSchema,
    organiserId: personIdSchema,
    ...seriesFields,
    status: meetingSeriesStatusSchema,
    revision: z.number().int().min(0),
  })
  .superRefine((series, ctx) => {
    const repeated = (ids: readonly string[]) => [
      ...new Set(ids.filter((id, i) => ids.indexOf(id) !== i)),
    ];
    const departments = repeated(series.departmentIds);
    if (departments.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['departmentIds'],
        message: `Listed more than once: ${departments.join(', ')}.`,
      });
    }
    const people = repeated([...series.requiredAttendeeIds, ...series.optionalAttendeeIds]);
    if (people.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['optionalAttendeeIds'],
        message: `Listed more than once: ${people.join(', ')}.`,
      });
    }
  });
export type MeetingSeries = z.output<typeof meetingSeriesSchema>;

export interface NewMeetingSeriesContext {
  readonly id: string;
  readonly tenantId: string;
  readonly organiserId: string;
}

/** Validates the input and builds revision 0 of the series. */
export function createMeetingSeries(
  input: NewMeetingSeriesInput,
  context: NewMeetingSeriesContext,
): MeetingSeries {
  const parsed = newMeetingSeriesInputSchema.safeParse(input);
  if (!parsed.success) throw ValidationFailed.fromZod(parsed.error, 'The meeting is not valid.');
  const series = meetingSeriesSchema.safeParse({
    ...parsed.data,
    ...context,
    status: 'active',
    revision: 0,
  });
  if (!series.success) throw ValidationFailed.fromZod(series.error, 'The meeting is not valid.');
  return series.data;
}
