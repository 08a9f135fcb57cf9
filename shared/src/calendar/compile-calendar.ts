import { ValidationFailed } from '../kernel/errors';
import type { BusinessCalendarSpec, LocalInterval } from '../sla/types';
import { businessCalendarSpecSchema } from './calendar-spec-schema';
import type { DayMinutes } from './compiled-calendar';
import { CompiledCalendar } from './compiled-calendar';
import { parseLocalDate, tryParseClockTime } from './local-date';
import { holidaySourceProblem, publicHolidaysOf } from './public-holidays';

/**
 * Validates the spec (schema, and that `date-holidays` knows its holiday source) and compiles it.
 * Throws `ValidationFailed` naming every offending field.
 */
export function compileCalendar(spec: BusinessCalendarSpec): CompiledCalendar {
  const parsed = businessCalendarSpecSchema.safeParse(spec);
  const label = `Business calendar "${typeof spec?.id === 'string' ? spec.id : '?'}" is not valid`;
  if (!parsed.success) {
    const failure = ValidationFailed.fromZod(parsed.error);
    const details = failure.issues.map((i) => `${i.path || '(spec)'}: ${i.message}`).join('; ');
    throw new ValidationFailed(`${label}: ${details}`, failure.issues);
  }
  const valid = parsed.data;
  const holidayProblem = valid.holidays && holidaySourceProblem(valid.holidays);
  if (holidayProblem) {
    throw new ValidationFailed(`${label}: holidays: ${holidayProblem}`, [
      { path: 'holidays', message: holidayProblem },
    ]);
  }
  const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
  const week = [[], ...weekdays.map((weekday) => toMinutes(valid.week[weekday] ?? []))];
  const overrides = new Map<number, DayMinutes>();
  for (const override of valid.overrides ?? []) {
    const hours = override.kind === 'working-day' ? (override.hours ?? valid.week[1] ?? []) : [];
    overrides.set(parseLocalDate(override.date), toMinutes(hours));
  }
  return new CompiledCalendar(valid, {
    week,
    overrides,
    ...(valid.holidays ? { holidays: publicHolidaysOf(valid.holidays) } : {}),
  });
}

function toMinutes(intervals: readonly LocalInterval[]): DayMinutes {
  return intervals.flatMap((i) => [
    tryParseClockTime(i.start, false) ?? 0,
    tryParseClockTime(i.end, true) ?? 0,
  ]);
}
