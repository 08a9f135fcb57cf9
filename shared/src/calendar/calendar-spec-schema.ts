/**
 * zod schemas of `BusinessCalendarSpec` (sla/types.ts), for the HTTP edge, Cosmos reads and
 * `compileCalendar`. Whether `date-holidays` knows the holiday country/state/region is checked by
 * `compileCalendar`, not here, so that the tab can use these schemas without the holiday data.
 */
import { z } from 'zod';
import type { BusinessCalendarSpec } from '../sla/types';
import { tryParseClockTime, tryParseLocalDate } from './local-date';
import { isValidTimeZone } from './time-zone';

const startTime = z
  .string()
  .refine(
    (s) => tryParseClockTime(s, false) !== undefined,
    'Expected a time "HH:mm" (00:00–23:59).',
  );
const endTime = z
  .string()
  .refine(
    (s) => tryParseClockTime(s, true) !== undefined,
    'Expected a time "HH:mm" (00:01–24:00).',
  );

export const localIntervalSchema = z
  .strictObject({ start: startTime, end: endTime })
  .refine(
    (i) => (tryParseClockTime(i.start, false) ?? 0) < (tryParseClockTime(i.end, true) ?? 0),
    'The interval must end after it starts.',
  );

/** The working intervals of one day: ascending and not overlapping (touching is allowed). */
export const dayHoursSchema = z.array(localIntervalSchema).superRefine((intervals, ctx) => {
  for (let i = 1; i < intervals.length; i += 1) {
    const previousEnd = tryParseClockTime(intervals[i - 1]?.end ?? '', true);
    const start = tryParseClockTime(intervals[i]?.start ?? '', false);
    if (previousEnd !== undefined && start !== undefined && start < previousEnd) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'start'],
        message: 'Intervals must be in ascending order and must not overlap.',
      });
    }
  }
});

export const localDateSchema = z
  .string()
  .refine((s) => tryParseLocalDate(s) !== undefined, 'Expected a date "YYYY-MM-DD".');

export const ianaTimeZoneSchema = z
  .string()
  .refine(isValidTimeZone, 'Expected an IANA time zone known to Intl, e.g. "Europe/Moscow".');

export const holidaySourceSchema = z.strictObject({
  country: z.string().regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 code, e.g. "RU".'),
  state: z.string().min(1).optional(),
  region: z.string().min(1).optional(),
  officialMoves: z.boolean().optional(),
});

export const calendarOverrideSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    date: localDateSchema,
    kind: z.literal('day-off'),
    name: z.string().max(200).optional(),
  }),
  z.strictObject({
    date: localDateSchema,
    kind: z.literal('working-day'),
    name: z.string().max(200).optional(),
    hours: dayHoursSchema.min(1).optional(),
  }),
]);

export const weekSchema = z.strictObject({
  1: dayHoursSchema.optional(),
  2: dayHoursSchema.optional(),
  3: dayHoursSchema.optional(),
  4: dayHoursSchema.optional(),
  5: dayHoursSchema.optional(),
  6: dayHoursSchema.optional(),
  7: dayHoursSchema.optional(),
});

/** Not strict at the top: stored documents carry fields of their own (tenantId, docType). */
export const businessCalendarSpecSchema = z
  .object({
    id: z.string().min(1).max(200),
    name: z.string().min(1).max(200),
    timeZone: ianaTimeZoneSchema,
    week: weekSchema,
    holidays: holidaySourceSchema.optional(),
    overrides: z.array(calendarOverrideSchema).optional(),
  })
  .superRefine((spec, ctx) => {
    // Without a single working weekday, business time would never advance.
    if (!Object.values(spec.week).some((hours) => hours !== undefined && hours.length > 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['week'],
        message: 'At least one weekday needs hours.',
      });
    }
    const seen = new Set<string>();
    (spec.overrides ?? []).forEach((override, i) => {
      if (seen.has(override.date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['overrides', i, 'date'],
          message: 'Duplicate date.',
        });
      }
      seen.add(override.date);
      const mondayHours = spec.week[1] ?? [];
      if (override.kind === 'working-day' && !override.hours && mondayHours.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['overrides', i, 'hours'],
          message: 'Give the hours: a regular Monday has none to copy.',
        });
      }
    });
  });

// Compile-time proof that what the schema accepts is a BusinessCalendarSpec.
const _specIsCompatible = (
  parsed: z.output<typeof businessCalendarSpecSchema>,
): BusinessCalendarSpec => parsed;
void _specIsCompatible;
