/**
 * The Russian official calendar of a year, on the five-day week the law and the decrees are
 * written for:
 *
 * - the federal non-working holidays of Labour Code art. 112 part 1;
 * - art. 112 part 2: a weekend day that falls on one of them moves to the next working day after
 *   the holiday, except the weekend days among 1–8 January, two of which the government moves by
 *   its yearly decree (part 5 lets it move others too);
 * - the decree's moves (ru-decrees.ts), which take precedence over the law's for the day they
 *   name: 8 March 2025 was a Saturday, and its day off went to 13 June, not to Monday 10 March.
 *
 * `date-holidays` applies part 2 only to 8 March on a Sunday and knows no decree; these rules
 * replace it for the federal days, and it still serves the regional ones (public-holidays.ts).
 */
import type { IsoWeekday } from '../sla/types';
import { isoWeekdayOf, parseLocalDate } from './local-date';
import { ruDecrees } from './ru-decrees';

export interface OfficialYear {
  /** Public holidays and the days off moved by the law or a decree. */
  readonly daysOff: ReadonlySet<number>;
  /** Weekend days a decree made working days, with the weekday whose hours they keep. */
  readonly workingDays: ReadonlyMap<number, IsoWeekday>;
}

/** Art. 112 part 1 as [month, day]; the list in force since 2013. */
const FEDERAL_HOLIDAYS: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 2],
  [1, 3],
  [1, 4],
  [1, 5],
  [1, 6],
  [1, 7],
  [1, 8],
  [2, 23],
  [3, 8],
  [5, 1],
  [5, 9],
  [6, 12],
  [11, 4],
];

const dayOf = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) / 86_400_000;

export function federalHolidaysOf(year: number): number[] {
  return FEDERAL_HOLIDAYS.map(([month, day]) => dayOf(year, month, day));
}

export function ruOfficialYear(year: number): OfficialYear {
  const holidays = federalHolidaysOf(year);
  const daysOff = new Set(holidays);
  const workingDays = new Map<number, IsoWeekday>();
  const movedByDecree = new Set<number>();
  for (const move of ruDecrees.find((d) => d.year === year)?.moves ?? []) {
    const from = parseLocalDate(move.from);
    const to = parseLocalDate(move.to);
    movedByDecree.add(from);
    daysOff.add(to);
    if (!daysOff.has(from)) workingDays.set(from, isoWeekdayOf(to));
  }
  const isWorkingDay = (day: number) =>
    workingDays.has(day) || (isoWeekdayOf(day) <= 5 && !daysOff.has(day));
  const firstJanuaryAfter = dayOf(year, 1, 9);
  for (const holiday of holidays) {
    if (holiday < firstJanuaryAfter || isoWeekdayOf(holiday) <= 5) continue;
    if (movedByDecree.has(holiday)) continue;
    let next = holiday + 1;
    while (!isWorkingDay(next)) next += 1;
    daysOff.add(next);
  }
  return { daysOff, workingDays };
}
