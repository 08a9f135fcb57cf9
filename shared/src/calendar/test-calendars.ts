/** Calendars shared by the calendar and SLA tests (not used by production code). */
import type { BusinessCalendarSpec, CalendarOverride, LocalInterval } from '../sla/types';
import { compileCalendar } from './compile-calendar';
import type { CompiledCalendar } from './compiled-calendar';

export const officeHours: readonly LocalInterval[] = [
  { start: '09:00', end: '13:00' },
  { start: '14:00', end: '18:00' },
];

export function weekdays(hours: readonly LocalInterval[]): BusinessCalendarSpec['week'] {
  return { 1: hours, 2: hours, 3: hours, 4: hours, 5: hours };
}

/** Mon–Fri 09:00–13:00, 14:00–18:00 with Russian public holidays, in the given zone. */
export function russianOffice(
  id: string,
  timeZone: string,
  overrides: readonly CalendarOverride[] = [],
): CompiledCalendar {
  return compileCalendar({
    id,
    name: id,
    timeZone,
    week: weekdays(officeHours),
    holidays: { country: 'RU' },
    overrides,
  });
}

export const moscow = russianOffice('moscow', 'Europe/Moscow');
export const krasnoyarsk = russianOffice('krasnoyarsk', 'Asia/Krasnoyarsk');
export const barnaul = russianOffice('barnaul', 'Asia/Barnaul');

/** Mon–Fri 09:00–17:00 in New York, no holidays: the DST tests look at the clock change only. */
export const newYork = compileCalendar({
  id: 'new-york',
  name: 'New York',
  timeZone: 'America/New_York',
  week: weekdays([{ start: '09:00', end: '17:00' }]),
});

/** Every day 00:00–24:00 in New York: business time equals real time, DST days included. */
export const newYorkAllDay = compileCalendar({
  id: 'new-york-24-7',
  name: 'New York 24/7',
  timeZone: 'America/New_York',
  week: Object.fromEntries(
    [1, 2, 3, 4, 5, 6, 7].map((d) => [d, [{ start: '00:00', end: '24:00' }]]),
  ),
});

export const iso = (instant: number): string => new Date(instant).toISOString();
export const at = (isoInstant: string): number => Date.parse(isoInstant);
