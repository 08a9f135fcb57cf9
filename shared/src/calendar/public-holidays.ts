/**
 * Public holidays from `date-holidays`, as sets of local day numbers per year. Only holidays of
 * type `public` count: bank, school, optional and observance days are working days unless a
 * calendar override says otherwise. The package knows fixed and substitute holidays (RU:
 * 1–8 January, 2026-03-09 for a Sunday 8 March) but not the days a government moves by decree
 * (RU: working Saturday 2025-11-01, day off 2025-11-03). A source with `officialMoves` gets them
 * from the country's law and decrees as Tandem ships them (RU only: ru-official-days.ts), with
 * the regional holidays of `date-holidays` on top; otherwise calendars add them as overrides.
 *
 * Holidays are whole local dates in every zone: a Russian holiday is a day off from midnight to
 * midnight in Krasnoyarsk as well as in Moscow. A public holiday that starts at a time of day
 * (rare) makes its whole date a day off.
 */
import Holidays from 'date-holidays';
import type { HolidaySource, IsoWeekday } from '../sla/types';
import { MS_PER_DAY, tryParseLocalDate, yearOf } from './local-date';
import { type OfficialYear, ruOfficialYear } from './ru-official-days';

export interface PublicHolidays {
  /** A public holiday, or with official moves also a day off moved there by law or decree. */
  isHoliday(day: number): boolean;
  /** With official moves: a weekend day made a working day, and the weekday whose hours it keeps. */
  workingDayAs?(day: number): IsoWeekday | undefined;
}

/** Countries whose law and decrees on moved days off Tandem ships. */
const officialYears: Readonly<Record<string, (year: number) => OfficialYear>> = {
  RU: ruOfficialYear,
};

const sources = new Map<string, PublicHolidays>();
let catalogue: Holidays | undefined;

/** Why `date-holidays` cannot serve the source, or undefined when it can. */
export function holidaySourceProblem(source: HolidaySource): string | undefined {
  catalogue ??= new Holidays();
  const { country, state, region } = source;
  if (!(country in catalogue.getCountries()))
    return `date-holidays does not know country "${country}".`;
  if (source.officialMoves && !(country in officialYears)) {
    return `No official moved days off are shipped for ${country}; only for ${Object.keys(officialYears).join(', ')}.`;
  }
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
  const official = source.officialMoves === true;
  const key = `${source.country}|${source.state ?? ''}|${source.region ?? ''}|${official}`;
  let holidays = sources.get(key);
  if (!holidays) {
    holidays = official ? makeOfficialHolidays(source) : makePublicHolidays(source);
    sources.set(key, holidays);
  }
  return holidays;
}

/** The law's and the decrees' days for the country, and date-holidays' regional days on top. */
function makeOfficialHolidays(source: HolidaySource): PublicHolidays {
  const { country, state, region } = source;
  const ofYear = officialYears[country];
  if (!ofYear) throw new RangeError(`No official moved days off for ${country}.`);
  const national = publicHolidaysOf({ country });
  const local = state === undefined ? undefined : publicHolidaysOf({ country, state, region });
  const years = new Map<number, OfficialYear>();
  const yearFor = (day: number): OfficialYear => {
    const year = yearOf(day);
    let official = years.get(year);
    if (!official) {
      official = ofYear(year);
      years.set(year, official);
    }
    return official;
  };
  const isHoliday = (day: number) =>
    yearFor(day).daysOff.has(day) || (local?.isHoliday(day) === true && !national.isHoliday(day));
  return {
    isHoliday,
    workingDayAs: (day) => (isHoliday(day) ? undefined : yearFor(day).workingDays.get(day)),
  };
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
