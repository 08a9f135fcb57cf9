/**
 * What the calendar reads from Graph v1.0 answers, as zod schemas: only the fields it uses, other
 * fields pass untouched (Graph adds properties over time). Names and shapes follow the v1.0
 * reference pages of event, scheduleInformation and dateTimeTimeZone.
 */
import { z } from 'zod';

/** The answer to create (201) or read of an event, cut to what the outbox keeps. */
export const createdEventSchema = z.object({
  id: z.string().min(1),
  /** onlineMeetingInfo; null until Teams made the meeting. */
  onlineMeeting: z.object({ joinUrl: z.string().nullish() }).nullish(),
});
export const createdEventSelect = ['id', 'onlineMeeting'] as const;

export const eventSummarySchema = z.object({
  id: z.string().min(1),
  subject: z.string().nullish(),
  transactionId: z.string().nullish(),
  isCancelled: z.boolean().nullish(),
  body: z.object({ contentType: z.string(), content: z.string() }).nullish(),
});
export const eventSummarySelect = [
  'id',
  'subject',
  'transactionId',
  'isCancelled',
  'body',
] as const;

export const dateTimeTimeZoneSchema = z.object({
  /** Local wall time without offset, e.g. "2019-03-15T12:00:00.0000000". */
  dateTime: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/),
  timeZone: z.string().min(1),
});

const freeBusyStatus = z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']);

export const scheduleInformationSchema = z.object({
  scheduleId: z.string(),
  availabilityView: z.string().nullish(),
  scheduleItems: z
    .array(
      z.object({
        status: freeBusyStatus,
        start: dateTimeTimeZoneSchema,
        end: dateTimeTimeZoneSchema,
      }),
    )
    .nullish(),
  error: z.object({ message: z.string().nullish(), responseCode: z.string().nullish() }).nullish(),
});
export type ScheduleInformation = z.infer<typeof scheduleInformationSchema>;

export const scheduleAnswerSchema = z.object({ value: z.array(scheduleInformationSchema) });
