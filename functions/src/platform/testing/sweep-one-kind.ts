/**
 * The platform's SLA sweep over one kind alone, its report flattened (the kind's tally beside how
 * the run found its work), for the tests of a feature's part of the sweep.
 */
import {
  type ScheduleSweepDeps,
  type ScheduleSweepOptions,
  type ScheduleSweepReport,
  makeSlaSweep,
} from '../schedule/schedule-sweep';
import type { ScheduledKind } from '../schedule/scheduled-kind';

export type OneKindSweepReport<R> = R &
  Omit<ScheduleSweepReport, 'kinds' | 'backfilled'> & {
    /** Aggregates of the kind this run backfilled. */
    readonly backfilled: number;
  };

export function sweepOneKind<R extends object>(
  deps: ScheduleSweepDeps,
  kind: ScheduledKind<R>,
  options: ScheduleSweepOptions = {},
): Promise<OneKindSweepReport<R>> {
  return makeSlaSweep(deps, [kind], options)
    .run()
    .then(({ kinds, backfilled, ...run }) => ({
      ...(kinds[kind.kind] as R),
      ...run,
      backfilled: backfilled[kind.kind] ?? 0,
    }));
}
