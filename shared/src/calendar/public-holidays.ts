/**
 * Public holidays from `date-holidays`, as sets of local day numbers per year. Only holidays of
 * type `public` count: bank, school, optional and observance days are working days unless a
 * calendar override says otherwise. The package knows fixed and substitute holidays (RU:
 * 1–8 January, 2026-03-09 for a Sunday 8 March) but not the days a government moves by decree
 * (RU: working Saturday 2025-11-01, day off 2025-11-03); calendars add those as overrides.
 *
 * Holidays are whole local dates in every zone: a Russian holiday is a day off from midnight to
 * midnight in Krasnoyarsk as well as in Moscow. A public holiday that starts at a time of day
 * (rare) makes its whole date a day off.
 */
import Holidays from 'date-holidays';
import type { HolidaySource } from '../sla/types';
import { MS_PER_DAY, tryParseLocalDate, yearOf } from './local-date';

export interface PublicHolidays {
  isHoliday(day: number): boolean;
}

const sources = new Map<string, PublicHolidays>();
let catalogue: Holidays | undefined;

/** Why `date-holidays` cannot serve the source, or undefined when it can. */
export function holidaySourceProblem(source: HolidaySource): string | undefined {
  catalogue ??= new Holidays();
  const { country, state, region } = source;
  if (!(country in catalogue.getCountries()))
    return `date-holidays does not know country "${country}".`;
  if (state === undefined) {
    return region === undefined ? undefined : 'A region needs a state.';
  }
  if (!(state in (catalogue.getStates(country) ?? {}))) {
    return `date-holidays does not know state "${state}" of ${country}.`;
  }
  if (region !== undefined && !(region in (catalogue.getRegions(country, state) ?? {}))) {
    return `date-holidays does not know region "${region}" of ${country}-${state}.`;
  }
  return undefined;
}

/** One `Holidays` instance per country/state/region for the whole process, years computed once. */
export function publicHolidaysOf(source: HolidaySource): PublicHolidays {
  const key = `${source.country}|${source.state ?? ''}|${source.region ?? ''}`;
  let holidays = sources.get(key);
  if (!holidays) {
    holidays = makePublicHolidays(source);
    sources.set(key, holidays);
  }
  return holidays;
}

function makePublicHolidays({ country, state, region }: HolidaySource): PublicHolidays {
  const hd =
    state === undefined
      ? new Holidays(country)
      : region === undefined
        ? new Holidays(country, state)
        : new Holidays(country, state, region);
  const byYear = new Map<number, ReadonlySet<number>>();

  const daysListedIn = (year: number): number[] =>
    hd
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      .flatMap((h) => {
        const first = tryParseLocalDate(h.date.slice(0, 10));
        if (first === undefined) return [];
        // Multi-day holidays ("Новогодние каникулы", 2–6 January) come as one entry.
        const length = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / MS_PER_DAY));
        return Array.from({ length }, (_, i) => first + i);
      });

  const daysOf = (year: number): ReadonlySet<number> => {
    let days = byYear.get(year);
    if (!days) {
      // A holiday listed under the previous year can run into this one.
      const listed = [...daysListedIn(year - 1), ...daysListedIn(year)];
      days = new Set(listed.filter((day) => yearOf(day) === year));
      byYear.set(year, days);
    }
    return days;
  };

  return { isHoliday: (day) => daysOf(yearOf(day)).has(day) };
}
