export * from './business-time';
export * from './calendar-spec-schema';
export * from './compile-calendar';
export { CompiledCalendar } from './compiled-calendar';
export type { CalendarDay } from './compiled-calendar';
export {
  MS_PER_DAY,
  MS_PER_MINUTE,
  formatLocalDate,
  isoWeekdayOf,
  parseLocalDate,
  tryParseLocalDate,
} from './local-date';
export { offsetAt, wallTimeToInstant } from './time-zone';
