/**
 * What the tab expects from the meetings API (MeetingView and friends), built from the shared
 * meetings schemas so that the tab and the functions cannot drift apart silently.
 *
 * The meetings modules are imported by path because `@tandem/shared/browser` does not export
 * them yet; they pull in no holiday tables (only zod, ids, local dates and Intl zone checks).
 */
import { isoInstantSchema } from '@tandem/shared/browser';
import { z } from 'zod';
import { agendaItemSchema } from '@tandem/shared/meetings';
import { meetingRecurrenceSchema, meetingSeriesStatusSchema } from '@tandem/shared/meetings';
import { minutesItemSchema } from '@tandem/shared/meetings';

/** The series as the view shows it; extra fields (tenantId) are allowed and ignored. */
export const meetingSeriesViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  departmentIds: z.array(z.string()),
  requiredAttendeeIds: z.array(z.string()),
  optionalAttendeeIds: z.array(z.string()),
  recurrence: meetingRecurrenceSchema,
  durationMinutes: z.number(),
  organiserId: z.string(),
  status: meetingSeriesStatusSchema,
  revision: z.number(),
});

const occurrenceSchema = z.object({
  start: isoInstantSchema,
  end: isoInstantSchema,
  timeZone: z.string(),
  localDate: z.string(),
});

/** Known warnings are typed; an unknown code still parses, so a new warning cannot break the tab. */
const agendaWarningSchema = z.union([
  z.object({
    code: z.literal('time-boxes-exceed-meeting'),
    plannedMinutes: z.number(),
    meetingMinutes: z.number(),
    overByMinutes: z.number(),
  }),
  z.object({ code: z.string() }),
]);
export type AgendaWarningDto = z.infer<typeof agendaWarningSchema>;

export const calendarStates = ['pending', 'synced', 'failed'] as const;

export const meetingViewSchema = z.object({
  id: z.string(),
  series: meetingSeriesViewSchema,
  nextOccurrence: occurrenceSchema.nullable(),
  agenda: z.object({ occurrenceDate: z.string(), items: z.array(agendaItemSchema) }),
  warnings: z.array(agendaWarningSchema),
  calendar: z.object({
    state: z.enum(calendarStates),
    eventId: z.string().nullable(),
    onlineMeetingUrl: z.string().nullable(),
    lastError: z.string().nullable(),
  }),
  minutes: z.array(
    z.object({
      occurrenceDate: z.string(),
      items: z.array(minutesItemSchema),
      createdRequestIds: z.array(z.string()),
    }),
  ),
  allowed: z.object({
    change: z.boolean(),
    propose: z.boolean(),
    curate: z.boolean(),
    recordMinutes: z.boolean(),
  }),
  etag: z.string().min(1),
});
export type MeetingView = z.infer<typeof meetingViewSchema>;
export type AgendaItemDto = MeetingView['agenda']['items'][number];

export const meetingListSchema = z.object({ items: z.array(meetingViewSchema) });

export const timeSlotsSchema = z.object({
  slots: z.array(z.object({ start: isoInstantSchema, end: isoInstantSchema })),
});
export type TimeSlot = z.infer<typeof timeSlotsSchema>['slots'][number];
