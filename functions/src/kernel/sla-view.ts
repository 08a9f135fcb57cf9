/**
 * Business-time SLAs as the API shows them, on the tenants' compiled calendars (cached by
 * content): the calendar lookup every clock uses and the DTO of an SLA result. A feature
 * computes its own aggregate's clocks with these (each in its own folder).
 */
import {
  type BusinessCalendarSpec,
  type CompiledCalendar,
  type SlaClockDto,
  type SlaDto,
  type SlaResult,
  NotFound,
  compileCalendar,
  toIsoInstant,
} from '@tandem/shared';
import type { TenantSetup } from './ports';

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

/** The SLA as the API answers it: the shape of the shared contracts. */
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
