/**
 * Due instants of 100 000 requests with our `addBusinessMinutes` against moment-business-time.
 * Only the computation is timed: the workload, both sides' calendar set-up and the comparison
 * are outside the timed loops; each side is warmed up first so the JIT has settled. Ours is
 * timed cold (fresh calendars, empty per-day caches) and warm (median of 5 passes, as in a
 * long-lived process); the ratio uses the warm figure, README.md explains.
 */
import moment from 'moment-timezone';
import { addBusinessMinutes, compileCalendar, type CompiledCalendar } from '@tandem/shared';
import type { Benchmark, BenchOutcome, Figure } from './bench-types';
import { slaBenchCalendars, slaBenchHolidayWindow, slaBenchWindow } from './sla-calendars';
import {
  makePeerCalendar,
  peerDue,
  peerHolidays,
  usePeerCalendar,
  type PeerCalendar,
} from './sla-peer';
import { makeSlaWorkload, type SlaWorkload } from './sla-workload';
import { median, perSecond, timeMs } from './timing';

const perCalendar = 25_000;
const seed = 20_261_127;
const oursTimedPasses = 5;
const peerWarmupPerCalendar = 500;

function runOurs(cals: readonly CompiledCalendar[], w: SlaWorkload, out: Float64Array): void {
  for (const g of w.groups) {
    const cal = cals[g.calendar]!;
    for (let i = g.start; i < g.end; i++)
      out[i] = addBusinessMinutes(cal, w.from[i]!, w.minutes[i]!);
  }
}

function runPeer(
  peers: readonly PeerCalendar[],
  w: SlaWorkload,
  out: Float64Array,
  limit: number,
): void {
  for (const g of w.groups) {
    const peer = peers[g.calendar]!;
    usePeerCalendar(peer);
    const end = Math.min(g.end, g.start + limit);
    for (let i = g.start; i < end; i++) out[i] = peerDue(peer, w.from[i]!, w.minutes[i]!);
  }
}

function local(instant: number, zone: string): string {
  return moment.tz(instant, zone).format('YYYY-MM-DD ddd HH:mm:ss.SSS Z');
}

async function runSlaDue(): Promise<BenchOutcome> {
  const specs = slaBenchCalendars;
  const w = makeSlaWorkload(specs, slaBenchWindow, perCalendar, seed);
  const n = w.from.length;
  const ours = new Float64Array(n);
  const peer = new Float64Array(n);
  const holidays = specs.map((s) =>
    s.holidays
      ? peerHolidays(s.holidays, slaBenchHolidayWindow.firstDate, slaBenchHolidayWindow.lastDate)
      : [],
  );
  const peers = specs.map((s, c) => makePeerCalendar(s, holidays[c] ?? []));

  // Warm-up on throw-away calendars, then a first pass on fresh ones (empty per-day caches).
  const warmCals = specs.map(compileCalendar);
  runOurs(warmCals, w, ours);
  runOurs(warmCals, w, ours);
  const cals = specs.map(compileCalendar);
  const coldMs = timeMs(() => runOurs(cals, w, ours));
  const warmMs = median(
    Array.from({ length: oursTimedPasses }, () => timeMs(() => runOurs(cals, w, ours))),
  );

  runPeer(peers, w, peer, peerWarmupPerCalendar);
  const peerMs = timeMs(() => runPeer(peers, w, peer, perCalendar));

  const failures: string[] = [];
  let disagreements = 0;
  let dueAtClosing = 0;
  for (const g of w.groups) {
    const spec = specs[g.calendar]!;
    const ends = new Set(
      Object.values(spec.week).flatMap((hours) => (hours ?? []).map((h) => `${h.end}:00.000`)),
    );
    for (let i = g.start; i < g.end; i++) {
      if (ends.has(moment.tz(peer[i]!, spec.timeZone).format('HH:mm:ss.SSS'))) dueAtClosing++;
      if (ours[i] === peer[i]) continue;
      disagreements++;
      if (failures.length < 10) {
        failures.push(
          `${spec.id} ${w.kinds[i]} from ${local(w.from[i]!, spec.timeZone)} + ${w.minutes[i]} min: ` +
            `ours ${local(ours[i]!, spec.timeZone)}, moment-business-time ${local(peer[i]!, spec.timeZone)}`,
        );
      }
    }
  }
  if (disagreements > failures.length)
    failures.push(`… ${disagreements - failures.length} more disagreements`);

  const oursPerSec = perSecond(n, warmMs);
  const peerPerSec = perSecond(n, peerMs);
  const figures: Figure[] = [
    { name: 'sla.due.cases_compared', value: n, unit: 'count' },
    { name: 'sla.due.disagreements', value: disagreements, unit: 'count' },
    { name: 'sla.due.cases_due_at_closing', value: dueAtClosing, unit: 'count' },
    { name: 'sla.due.ours_per_sec', value: oursPerSec, unit: 'ops/s' },
    { name: 'sla.due.ours_cold_per_sec', value: perSecond(n, coldMs), unit: 'ops/s' },
    { name: 'sla.due.peer_per_sec', value: peerPerSec, unit: 'ops/s' },
    {
      name: 'sla.due.ratio_vs_moment_business_time',
      value: Math.round((oursPerSec / peerPerSec) * 10) / 10,
      unit: 'x',
    },
  ];
  return { figures, failures };
}

export const benchmark: Benchmark = {
  name: 'sla.due',
  description: `due instants of ${slaBenchCalendars.length * perCalendar} requests: addBusinessMinutes vs moment-business-time`,
  goals: [{ figure: 'sla.due.ratio_vs_moment_business_time', op: '>=', target: 5 }],
  run: runSlaDue,
};
