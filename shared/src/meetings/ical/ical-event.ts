/** The invitation `toICalendar` writes: one VEVENT, optionally weekly, in one IANA zone. */
import { z } from 'zod';
import { timeZoneSchema } from '../../kernel/time';
import { isoWeekdaySchema } from '../meeting-series';

const instant = z.number().int().min(0).max(8.64e15);

export const icalPartySchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: z.email(),
});

export const icalEventSchema = z
  .strictObject({
    /** REQUEST invites or updates; CANCEL withdraws the whole event. */
    method: z.enum(['REQUEST', 'CANCEL']),
    /** Stable for the life of the event: updates and the cancel reuse it. */
    uid: z.string().min(1).max(255),
    /** Raised on every change, so calendars replace the older copy. */
    sequence: z.number().int().min(0),
    /** When this copy was made (DTSTAMP). */
    stamp: instant,
    timeZone: timeZoneSchema,
    /** Start and end of the (first) occurrence; written as local times in `timeZone`. */
    start: instant,
    end: instant,
    recurrence: z
      .strictObject({
        weekdays: z.array(isoWeekdaySchema).min(1).max(7),
        interval: z.number().int().min(1).max(52),
        /** Instant of the end of the last day the series may meet on. */
        until: instant.optional(),
        count: z.number().int().min(1).max(1000).optional(),
      })
      .optional(),
    summary: z.string().trim().min(1).max(255),
    description: z.string().max(20_000),
    htmlDescription: z.string().max(60_000).optional(),
    organizer: icalPartySchema,
    attendees: z.array(icalPartySchema.extend({ role: z.enum(['required', 'optional']) })).max(500),
  })
  .refine((e) => e.end > e.start, { path: ['end'], message: 'Must be after the start.' });
export type ICalEvent = z.input<typeof icalEventSchema>;
