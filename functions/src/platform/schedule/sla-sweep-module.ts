/**
 * The SLA timer's sweep over the SLA schedule, declared like a feature's: it collects the kinds
 * every module registers (`scheduledKinds`) and sweeps them all in one pass of the schedule, so
 * a minute's buckets are read once however many features file in them.
 */
import type { FeatureModule } from '../module';
import { SLA_TIMER } from '../platform';
import { type ScheduleSweepDeps, type ScheduleSweepReport, makeSlaSweep } from './schedule-sweep';

/** The module's name: the SLA timer reports the sweep under it. */
export const SLA_SWEEP = 'sla-schedule';

export function slaSweepModule(
  deps: ScheduleSweepDeps,
  modules: readonly FeatureModule[],
): FeatureModule {
  const sweep = makeSlaSweep(
    deps,
    modules.flatMap((m) => m.scheduledKinds ?? []),
  );
  return {
    name: SLA_SWEEP,
    sweeps: [
      {
        ...SLA_TIMER,
        run: () => sweep.run(),
        worthLogging: (r) => sweep.worthLogging(r as ScheduleSweepReport),
      },
    ],
  };
}
