/**
 * moment-business-time as it is used in practice: a moment-timezone moment in the calendar's zone
 * and `addWorkingTime(n, 'minutes')`. The package reads working hours and holidays from the
 * GLOBAL moment locale, so each calendar becomes a named locale and `usePeerCalendar` switches the
 * global locale before a batch of that calendar's requests.
 */
import Holidays from 'date-holidays';
import moment from 'moment-timezone';
import 'moment-business-time';
import type { BusinessCalendarSpec, EpochMs, HolidaySource } from '@tandem/shared';

export interface PeerCalendar {
  readonly locale: string;
  readonly timeZone: string;
}

/** ISO weekday 1..7 (Sunday 7) to moment's 0..6 (Sunday 0), "HH:mm" pairs to a flat list. */
export function toPeerWorkingHours(
  week: BusinessCalendarSpec['week'],
): Record<number, string[] | null> {
  const hours: Record<number, string[] | null> = {};
  for (let iso = 1; iso <= 7; iso++) {
    const intervals = week[iso as keyof typeof week] ?? [];
    hours[iso % 7] =
      intervals.length === 0 ? null : intervals.flatMap((i) => [`${i.start}:00`, `${i.end}:00`]);
  }
  return hours;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Public holidays from `date-holidays`, read independently of our calendar so that the
 * comparison checks our holiday handling too. An entry can span several days (Russia's New Year
 * break is one entry from 2 to 6 January), so each is expanded from its local date over its length.
 */
export function peerHolidays(source: HolidaySource, firstDate: string, lastDate: string): string[] {
  const hd = new Holidays({
    country: source.country,
    ...(source.state === undefined ? {} : { state: source.state }),
    ...(source.region === undefined ? {} : { region: source.region }),
  });
  const dates = new Set<string>();
  const firstYear = Number(firstDate.slice(0, 4));
  for (let year = firstYear; year <= Number(lastDate.slice(0, 4)); year++) {
    for (const h of hd.getHolidays(year)) {
      if (h.type !== 'public') continue;
      const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
      for (let i = 0; i < days; i++) dates.add(addDays(h.date.slice(0, 10), i));
    }
  }
  return [...dates].filter((d) => d >= firstDate && d <= lastDate).sort();
}

export function makePeerCalendar(
  spec: BusinessCalendarSpec,
  holidays: readonly string[],
): PeerCalendar {
  const locale = `bench-${spec.id}`;
  const config = { workinghours: toPeerWorkingHours(spec.week), holidays: [...holidays] };
  if (moment.locales().includes(locale)) moment.updateLocale(locale, config);
  else moment.defineLocale(locale, { parentLocale: 'en', ...config });
  return { locale, timeZone: spec.timeZone };
}

export function usePeerCalendar(peer: PeerCalendar): void {
  moment.locale(peer.locale);
}

/** Valid only while `peer` is the global locale (see `usePeerCalendar`). */
export function peerDue(peer: PeerCalendar, from: EpochMs, minutes: number): EpochMs {
  return moment.tz(from, peer.timeZone).addWorkingTime(minutes, 'minutes').valueOf();
}
