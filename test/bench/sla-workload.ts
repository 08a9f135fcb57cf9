import moment from 'moment-timezone';
import type { BusinessCalendarSpec, LocalInterval } from '@tandem/shared';
import { makeRandom, pick, randomInt } from './prng';

/** `closing`: starts at an opening and its target ends exactly at a closing, days later or not. */
export const startKinds = [
  'inside',
  'lunch',
  'before',
  'after',
  'weekend',
  'boundary',
  'closing',
] as const;
export type StartKind = (typeof startKinds)[number];

/** Requests of one calendar sit together: the peer switches its global locale per calendar. */
export interface SlaWorkload {
  readonly groups: readonly {
    readonly calendar: number;
    readonly start: number;
    readonly end: number;
  }[];
  readonly from: Float64Array;
  readonly minutes: Float64Array;
  readonly kinds: readonly StartKind[];
}

const kindWeights: readonly [StartKind, number][] = [
  ['inside', 0.3],
  ['lunch', 0.05],
  ['before', 0.15],
  ['after', 0.15],
  ['weekend', 0.15],
  ['boundary', 0.1],
  ['closing', 0.1],
];
const maxMinutes = 2400;
const dayMs = 86_400_000;

function msOfDay(hhmm: string): number {
  return (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))) * 60_000;
}

function drawKind(r: number): StartKind {
  let acc = 0;
  for (const [kind, weight] of kindWeights) if (r < (acc += weight)) return kind;
  return 'inside';
}

type Span = readonly [number, number];

/** Local start (ms since midnight) of a regular working day, and its target when fixed by the kind. */
function drawStart(
  kind: StartKind,
  hours: readonly LocalInterval[],
  random: () => number,
): [number, number] {
  const spans: Span[] = hours.map((h) => [msOfDay(h.start), msOfDay(h.end)]);
  const gaps: Span[] = spans.slice(1).map(([start], i) => [(spans[i] as Span)[1], start]);
  const within = ([a, b]: Span): number => randomInt(random, a, b - 1);
  const target = Math.round(15 * Math.pow(maxMinutes / 15, random()));
  switch (kind) {
    case 'lunch':
      return [gaps.length > 0 ? within(pick(random, gaps)) : within(pick(random, spans)), target];
    case 'before':
      return [within([0, (spans[0] as Span)[0]]), target];
    case 'after':
      return [within([(spans[spans.length - 1] as Span)[1], dayMs]), target];
    case 'weekend':
      return [within([0, dayMs]), target];
    case 'boundary':
      return [pick(random, pick(random, spans)), target];
    case 'inside':
      return [within(pick(random, spans)), target];
    case 'closing': {
      const first = randomInt(random, 0, spans.length - 1);
      const last = randomInt(random, first, spans.length - 1);
      const minutesOf = (list: readonly Span[]): number =>
        list.reduce((sum, [a, b]) => sum + (b - a) / 60_000, 0);
      const partial = minutesOf(spans.slice(first, last + 1));
      const fullDays = randomInt(random, 0, Math.floor((maxMinutes - partial) / minutesOf(spans)));
      return [(spans[first] as Span)[0], partial + fullDays * minutesOf(spans)];
    }
  }
}

/**
 * `perCalendar` requests for each calendar, created on random local dates of the window at a
 * time of the drawn kind, with a target of 15 to 2400 business minutes (log-uniform, whole
 * minutes: the peer's unit; 2400 = five 8-hour days). It assumes, as the bench calendars do,
 * the same hours on every weekday.
 */
export function makeSlaWorkload(
  calendars: readonly BusinessCalendarSpec[],
  window: { readonly firstDate: string; readonly lastDate: string },
  perCalendar: number,
  seed: number,
): SlaWorkload {
  const random = makeRandom(seed);
  const total = calendars.length * perCalendar;
  const from = new Float64Array(total);
  const minutes = new Float64Array(total);
  const kinds: StartKind[] = [];
  const first = Date.parse(`${window.firstDate}T00:00:00Z`);
  const days = Math.round((Date.parse(`${window.lastDate}T00:00:00Z`) - first) / dayMs);
  calendars.forEach((spec, c) => {
    const hours = spec.week[1] ?? [];
    if (hours.length === 0) throw new Error(`${spec.id}: the workload needs Monday hours`);
    for (let i = c * perCalendar; i < (c + 1) * perCalendar; i++) {
      const kind = drawKind(random());
      let date = new Date(first + randomInt(random, 0, days) * dayMs);
      const weekday = date.getUTCDay();
      const wantWeekend = kind === 'weekend';
      if (wantWeekend !== (weekday === 0 || weekday === 6)) {
        // Move within the same week to a day of the wanted kind (Saturday/Sunday or Monday–Friday).
        const wanted = wantWeekend ? randomInt(random, 6, 7) : randomInt(random, 1, 5);
        date = new Date(date.getTime() + (wanted - weekday) * dayMs);
      }
      const [ms, target] = drawStart(kind, hours, random);
      const wall = [
        Math.floor(ms / 3_600_000),
        Math.floor(ms / 60_000) % 60,
        Math.floor(ms / 1000) % 60,
        ms % 1000,
      ];
      // A wall time inside a DST gap (only on a Sunday here) is moved forward by moment-timezone.
      from[i] = moment
        .tz([date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), ...wall], spec.timeZone)
        .valueOf();
      minutes[i] = target;
      kinds.push(kind);
    }
  });
  const groups = calendars.map((_, c) => ({
    calendar: c,
    start: c * perCalendar,
    end: (c + 1) * perCalendar,
  }));
  return { groups, from, minutes, kinds };
}
