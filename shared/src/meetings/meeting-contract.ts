/**
 * The wire contract of /api/meetings: every body the tab sends and every body the API answers
 * (the MeetingView and friends), as the zod schemas the tab, the API handlers and the OpenAPI
 * document share. Bodies the domain checks itself (a new series, its changes, an agenda item,
 * minutes) are re-exported from where they live, so this file is the one list of the feature's
 * wire shapes. Browser-safe: zod, ids, local dates and Intl zone checks only.
 */
import { z } from 'zod';
import { localDateSchema } from '../calendar/calendar-spec-schema';
import { departmentIdSchema, personIdSchema, requestIdSchema } from '../kernel/ids';
import { isoInstantSchema, timeZoneSchema } from '../kernel/time';
import { agendaItemSchema } from './agenda-item';
import { agendaItemIdSchema, meetingSeriesIdSchema } from './meeting-ids';
import { meetingSeriesSchema } from './meeting-series';
import { minutesItemSchema } from './minutes';

export { type NewAgendaItemInput, newAgendaItemInputSchema } from './agenda-item';
export {
  type MeetingSeriesChanges,
  type NewMeetingSeriesInput,
  meetingSeriesChangesSchema,
  newMeetingSeriesInputSchema,
} from './meeting-series';
export { type MinutesInput, minutesInputSchema } from './minutes';

/** Body of `POST /api/meetings/{id}/cancel`. */
export const cancelMeetingInputSchema = z.strictObject({
  /** Sent to the attendees with the cancellation. */
  comment: z.string().trim().max(1000).optional(),
});
export type CancelMeetingInput = z.input<typeof cancelMeetingInputSchema>;

/** Body of `PUT /api/meetings/{id}/order`: every item not dismissed, once, in the new order. */
export const agendaOrderInputSchema = z.strictObject({
  itemIds: z.array(agendaItemIdSchema).max(200),
});
export type AgendaOrderInput = z.input<typeof agendaOrderInputSchema>;

/** Body of `POST /api/meetings/suggest-times`. */
export const suggestTimesInputSchema = z.strictObject({
  departmentIds: z.array(departmentIdSchema).min(1).max(20),
  requiredAttendeeIds: z.array(personIdSchema).max(200).default([]),
  durationMinutes: z.number().int().min(5).max(480),
  from: isoInstantSchema,
  to: isoInstantSchema,
  /** The zone the slots are looked for in (Graph answers free/busy in it). */
  timeZone: timeZoneSchema,
});
export type SuggestTimesInput = z.input<typeof suggestTimesInputSchema>;

export const timeSlotsSchema = z.object({
  slots: z.array(z.object({ start: isoInstantSchema, end: isoInstantSchema })),
});
export type TimeSlot = z.infer<typeof timeSlotsSchema>['slots'][number];

/** The occurrence that has not ended yet, in UTC and in the series' local terms. */
export const occurrenceDtoSchema = z.object({
  start: isoInstantSchema,
  end: isoInstantSchema,
  timeZone: timeZoneSchema,
  localDate: localDateSchema,
});

/** Known warnings are typed; an unknown code still parses, so a new warning cannot break the tab. */
export const agendaWarningDtoSchema = z.union([
  z.object({
    code: z.literal('time-boxes-exceed-meeting'),
    plannedMinutes: z.number(),
    meetingMinutes: z.number(),
    overByMinutes: z.number(),
  }),
  z.object({ code: z.string() }),
]);
export type AgendaWarningDto = z.infer<typeof agendaWarningDtoSchema>;

/** Pending while a calendar write waits; failed when the last one was given up; else synced. */
export const calendarSyncStates = ['pending', 'synced', 'failed'] as const;
export type CalendarSyncState = (typeof calendarSyncStates)[number];

export const meetingViewSchema = z.object({
  id: meetingSeriesIdSchema,
  series: meetingSeriesSchema,
  nextOccurrence: occurrenceDtoSchema.nullable(),
  /** The agenda of the next occurrence, with the current suggestions merged in, in order. */
  agenda: z.object({ occurrenceDate: localDateSchema, items: z.array(agendaItemSchema) }),
  warnings: z.array(agendaWarningDtoSchema),
  calendar: z.object({
    state: z.enum(calendarSyncStates),
    eventId: z.string().nullable(),
    onlineMeetingUrl: z.string().nullable(),
    lastError: z.string().nullable(),
  }),
  /** Minutes of past occurrences, newest first. */
  minutes: z.array(
    z.object({
      occurrenceDate: localDateSchema,
      items: z.array(minutesItemSchema),
      createdRequestIds: z.array(requestIdSchema),
    }),
  ),
  allowed: z.object({
    change: z.boolean(),
    propose: z.boolean(),
    curate: z.boolean(),
    recordMinutes: z.boolean(),
  }),
  /** The version to send back in If-Match (also the response's ETag header). */
  etag: z.string().min(1),
});
export type MeetingView = z.infer<typeof meetingViewSchema>;
export type AgendaItemDto = MeetingView['agenda']['items'][number];

export const meetingListSchema = z.object({ items: z.array(meetingViewSchema) });
export type MeetingList = z.infer<typeof meetingListSchema>;
