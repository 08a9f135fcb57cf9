/**
 * The SLA of a request as of an instant, computed from its history and the responding
 * departments' calendars, in two shapes: the figures the API shows and the fields Cosmos indexes.
 */
import {
  type BusinessCalendarSpec,
  type CompiledCalendar,
  type EpochMs,
  type Request,
  type SlaClockDto,
  type SlaClocks,
  type SlaDto,
  type SlaResult,
  NotFound,
  compileCalendar,
  computeSla,
  toIsoInstant,
  toSlaClocks,
} from '@tandem/shared';
import type { RequestIndex, TenantSetup } from './ports';

/**
 * Compiled calendars are cached by their content, so an edited calendar is compiled anew; the
 * directory hands out the same spec objects while its setup is cached, so the identity cache in
 * front saves serialising the spec on every evaluation.
 */
const compiled = new Map<string, CompiledCalendar>();
const bySpec = new WeakMap<BusinessCalendarSpec, CompiledCalendar>();

export function calendarLookup(
  calendars: readonly BusinessCalendarSpec[],
): (id: string) => CompiledCalendar {
  return (id) => {
    const spec = calendars.find((c) => c.id === id);
    if (!spec) throw new NotFound('Calendar', id);
    const known = bySpec.get(spec);
    if (known) return known;
    const key = JSON.stringify(spec);
    let cal = compiled.get(key);
    if (!cal) {
      cal = compileCalendar(spec);
      compiled.set(key, cal);
    }
    bySpec.set(spec, cal);
    return cal;
  };
}

export function departmentCalendarId(setup: TenantSetup): (departmentId: string) => string {
  return (departmentId) => {
    const dept = setup.departments.find((d) => d.id === departmentId);
    if (!dept) throw new NotFound('Department', departmentId);
    return dept.calendarId;
  };
}

export interface SlaEvaluation {
  readonly sla: SlaResult;
  readonly clocks: SlaClocks;
}

export function evaluateSla(request: Request, setup: TenantSetup, now: EpochMs): SlaEvaluation {
  const clocks = toSlaClocks(request, departmentCalendarId(setup));
  const sla = computeSla(
    clocks,
    calendarLookup(setup.calendars),
    now,
    request.slaPolicy.warningThresholds,
    request.slaPolicy.escalation.map((step) => step.atPercent),
  );
  return { sla, clocks };
}

export function toRequestIndex({ sla, clocks }: SlaEvaluation): RequestIndex {
  const open = [
    { clock: clocks.firstResponse, status: sla.firstResponse },
    { clock: clocks.resolution, status: sla.resolution },
  ].filter((c) => c.clock.stoppedAt === undefined);
  const slaDueAt = open.length > 0 ? Math.min(...open.map((c) => c.status.dueAt)) : null;
  return { slaState: sla.state, slaDueAt, nextSlaChangeAt: sla.nextChangeAt };
}

/** The SLA as the API answers it: the shape of the shared request contract. */
export type { SlaDto } from '@tandem/shared';

export function toSlaDto(sla: SlaResult): SlaDto {
  const clock = (c: SlaResult['firstResponse']): SlaClockDto => ({
    state: c.state,
    dueAt: toIsoInstant(c.dueAt),
    targetMinutes: c.targetMinutes,
    elapsedMinutes: round2(c.elapsedMinutes),
    remainingMinutes: round2(c.remainingMinutes),
    percentUsed: round2(c.percentUsed),
  });
  // The overall due instants are the clocks' own (computeSla), so their text is reused.
  const firstResponse = clock(sla.firstResponse);
  const resolution = clock(sla.resolution);
  return {
    state: sla.state,
    percentUsed: round2(sla.percentUsed),
    firstResponseDueAt:
      sla.firstResponseDueAt === sla.firstResponse.dueAt
        ? firstResponse.dueAt
        : toIsoInstant(sla.firstResponseDueAt),
    resolutionDueAt:
      sla.resolutionDueAt === sla.resolution.dueAt
        ? resolution.dueAt
        : toIsoInstant(sla.resolutionDueAt),
    nextChangeAt: sla.nextChangeAt === null ? null : toIsoInstant(sla.nextChangeAt),
    firstResponse,
    resolution,
  };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;
