import moment from 'moment-timezone';
import { slaBenchCalendars, slaBenchWindow } from './sla-calendars';
import { makeSlaWorkload, startKinds } from './sla-workload';

const workload = makeSlaWorkload(slaBenchCalendars, slaBenchWindow, 2000, 42);

function localOf(i: number): moment.Moment {
  const group = workload.groups.find((g) => i >= g.start && i < g.end);
  const spec = slaBenchCalendars[group?.calendar ?? -1];
  if (!spec) throw new Error(`case ${i} is in no group`);
  return moment.tz(workload.from[i] as number, spec.timeZone);
}

describe('SLA workload', () => {
  it('is the same for the same seed and differs for another', () => {
    const again = makeSlaWorkload(slaBenchCalendars, slaBenchWindow, 2000, 42);
    expect(again.from).toEqual(workload.from);
    expect(again.minutes).toEqual(workload.minutes);
    expect(makeSlaWorkload(slaBenchCalendars, slaBenchWindow, 2000, 43).from).not.toEqual(
      workload.from,
    );
  });

  it('groups the cases by calendar, each calendar once', () => {
    expect(workload.groups.map((g) => [g.calendar, g.start, g.end])).toEqual([
      [0, 0, 2000],
      [1, 2000, 4000],
      [2, 4000, 6000],
      [3, 6000, 8000],
    ]);
  });

  it('draws whole-minute targets from 15 minutes to 5 eight-hour days, short and long', () => {
    const minutes = [...workload.minutes];
    expect(minutes.every((m) => Number.isInteger(m) && m >= 15 && m <= 2400)).toBe(true);
    expect(minutes.filter((m) => m <= 60).length).toBeGreaterThan(1000);
    expect(minutes.filter((m) => m >= 1440).length).toBeGreaterThan(500);
  });

  it('puts each kind of start where it says, in local time of its calendar', () => {
    // Per calendar group: opening, closing and the lunch gap (New York has none: lunch = inside).
    const hours = [
      ['09:00', '18:00', '13:00', '14:00'],
      ['09:00', '18:00', '13:00', '14:00'],
      ['08:00', '17:00', '12:00', '12:45'],
      ['09:00', '17:00', '09:00', '17:00'],
    ] as const;
    for (const kind of startKinds)
      expect(workload.kinds.filter((k) => k === kind).length).toBeGreaterThan(200);
    workload.kinds.forEach((kind, i) => {
      const t = localOf(i);
      const hhmm = t.format('HH:mm:ss.SSS');
      const [open, close, gapStart, gapEnd] = hours[Math.floor(i / 2000)] ?? [];
      if (!open || !close || !gapStart || !gapEnd) throw new Error(`case ${i} has no hours`);
      expect([kind, t.isoWeekday() >= 6]).toEqual([kind, kind === 'weekend']);
      if (kind === 'before') expect([kind, hhmm < open]).toEqual([kind, true]);
      if (kind === 'after') expect([kind, hhmm >= close]).toEqual([kind, true]);
      if (kind === 'inside') expect([kind, hhmm >= open && hhmm < close]).toEqual([kind, true]);
      if (kind === 'lunch') expect([kind, hhmm >= gapStart && hhmm < gapEnd]).toEqual([kind, true]);
      if (kind === 'boundary') expect([kind, hhmm.endsWith(':00.000')]).toEqual([kind, true]);
      const opening = [`${open}:00.000`, `${gapEnd}:00.000`].includes(hhmm);
      if (kind === 'closing') expect([kind, opening]).toEqual([kind, true]);
    });
  });
});
