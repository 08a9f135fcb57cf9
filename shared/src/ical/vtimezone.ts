/**
 * VTIMEZONE built from the runtime's own zone data (Intl, through `offsetAt`), so the
 * invitation and Tandem agree on every offset. The transitions of the relevant years are
 * found by scanning; when they follow one yearly rule per direction (US, EU, Australia …) the
 * component states that rule as an RRULE, valid for every later year too; otherwise (zones
 * without DST, irregular zones) it lists the observances of those years one by one.
 */
import { MS_PER_DAY } from '../calendar/local-date';
import { offsetAt } from '../calendar/time-zone';
import type { EpochMs } from '../sla/types';
import { contentLine } from './ical-text';

interface Transition {
  readonly at: EpochMs;
  readonly from: number;
  readonly to: number;
}

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

const built = new Map<string, readonly string[]>();

/** Content lines of a VTIMEZONE for the zone, correct for the years fromYear..toYear. */
export function vTimezoneLines(timeZone: string, fromYear: number, toYear: number): string[] {
  const key = `${timeZone}|${fromYear}|${toYear}`;
  let lines = built.get(key);
  if (!lines) {
    lines = buildLines(timeZone, fromYear, toYear);
    built.set(key, lines);
  }
  return [...lines];
}

function buildLines(timeZone: string, fromYear: number, toYear: number): string[] {
  // Observances start a year early: a reader knows no offset before the first observance, and
  // the changes of fromYear itself may come after its first days (New York: March).
  const start = Date.UTC(fromYear - 1, 0, 1);
  const changes = transitions(timeZone, start, Date.UTC(toYear + 1, 0, 1));
  const years = toYear - fromYear + 2;
  // Before the first change of the window (or always, in a zone without changes).
  const initial = changes[0]?.from ?? offsetAt(timeZone, start);
  const body = (changes.length > 0 && yearlyRules(changes, years)) || [
    ...observance('STANDARD', start, initial, initial),
    ...changes.flatMap((c) => observance(kindOf(c), c.at, c.from, c.to)),
  ];
  return ['BEGIN:VTIMEZONE', contentLine('TZID', timeZone), ...body, 'END:VTIMEZONE'];
}

/** Two RRULE observances when every year has one change each way on the same rule. */
function yearlyRules(changes: readonly Transition[], years: number): string[] | undefined {
  const lines: string[] = [];
  for (const kind of ['DAYLIGHT', 'STANDARD'] as const) {
    const ofKind = changes.filter((c) => kindOf(c) === kind);
    const first = ofKind[0];
    if (!first || ofKind.length !== years) return undefined;
    const rules = ofKind.map(ruleOf);
    const base = rules[0];
    if (!base || !rules.every((r) => r.key === base.key)) return undefined;
    const byNth = rules.every((r) => r.nth === base.nth);
    if (!byNth && !rules.every((r) => r.last)) return undefined;
    const byDay = `${byNth ? base.nth : -1}${base.weekday}`;
    lines.push(
      `BEGIN:${kind}`,
      contentLine('DTSTART', compactWall(first.at + first.from)),
      contentLine('TZOFFSETFROM', formatOffset(first.from)),
      contentLine('TZOFFSETTO', formatOffset(first.to)),
      contentLine('RRULE', `FREQ=YEARLY;BYMONTH=${base.month};BYDAY=${byDay}`),
      `END:${kind}`,
    );
  }
  return lines;
}

/** The local rule of a change, read on the wall clock before it (as DTSTART is written). */
function ruleOf(change: Transition) {
  const wall = new Date(change.at + change.from);
  const day = wall.getUTCDate();
  const daysInMonth = new Date(
    Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() + 1, 0),
  ).getUTCDate();
  const month = wall.getUTCMonth() + 1;
  const weekday = BYDAY[wall.getUTCDay()] ?? 'SU';
  const time = wall.toISOString().slice(11, 19);
  return {
    key: `${month}|${weekday}|${time}|${change.from}|${change.to}`,
    month,
    weekday,
    nth: Math.ceil(day / 7),
    last: day + 7 > daysInMonth,
  };
}

function observance(
  kind: 'STANDARD' | 'DAYLIGHT',
  at: EpochMs,
  from: number,
  to: number,
): string[] {
  return [
    `BEGIN:${kind}`,
    contentLine('DTSTART', compactWall(at + from)),
    contentLine('TZOFFSETFROM', formatOffset(from)),
    contentLine('TZOFFSETTO', formatOffset(to)),
    `END:${kind}`,
  ];
}

const kindOf = (c: Transition) => (c.to > c.from ? 'DAYLIGHT' : 'STANDARD');

/** Changes of offset in [start, end), to the second. Zones change at most once a day. */
function transitions(timeZone: string, start: EpochMs, end: EpochMs): Transition[] {
  const found: Transition[] = [];
  let previous = offsetAt(timeZone, start);
  for (let t = start + MS_PER_DAY; t < end + MS_PER_DAY; t += MS_PER_DAY) {
    const offset = offsetAt(timeZone, t);
    if (offset === previous) continue;
    let lo = t - MS_PER_DAY;
    let hi = t;
    while (hi - lo > 1000) {
      const mid = Math.floor((lo + hi) / 2000) * 1000;
      if (offsetAt(timeZone, mid) === previous) lo = mid;
      else hi = mid;
    }
    if (hi < end) found.push({ at: hi, from: previous, to: offset });
    previous = offset;
  }
  return found;
}

/** +0300, -0500, +0545; seconds only when the offset has them. */
export function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.abs(Math.round(offsetMs / 1000));
  const hh = String(Math.floor(total / 3600)).padStart(2, '0');
  const mm = String(Math.floor((total % 3600) / 60)).padStart(2, '0');
  const ss = total % 60;
  return `${sign}${hh}${mm}${ss === 0 ? '' : String(ss).padStart(2, '0')}`;
}

function compactWall(wall: number): string {
  return new Date(wall).toISOString().slice(0, 19).replace(/[-:]/g, '');
}
