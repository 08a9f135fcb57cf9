/** Bodies of the meetings API that have no schema in shared, and the parse step all bodies share. */
import {
  ValidationFailed,
  agendaItemIdSchema,
  departmentIdSchema,
  isoInstantSchema,
  personIdSchema,
  timeZoneSchema,
} from '@tandem/shared';
import { z } from 'zod';

export const cancelMeetingInputSchema = z.strictObject({
  /** Sent to the attendees with the cancellation. */
  comment: z.string().trim().max(1000).optional(),
});

export const agendaOrderInputSchema = z.strictObject({
  itemIds: z.array(agendaItemIdSchema).max(200),
});

export const suggestTimesInputSchema = z.strictObject({
  departmentIds: z.array(departmentIdSchema).min(1).max(20),
  requiredAttendeeIds: z.array(personIdSchema).max(200).default([]),
  durationMinutes: z.number().int().min(5).max(480),
  from: isoInstantSchema,
  to: isoInstantSchema,
  /** The zone the slots are looked for in (Graph answers free/busy in it). */
  timeZone: timeZoneSchema,
});

export function parseBody<S extends z.ZodType>(
  schema: S,
  body: unknown,
  what: string,
): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw ValidationFailed.fromZod(parsed.error, `The ${what} is not valid.`);
  return parsed.data;
}
