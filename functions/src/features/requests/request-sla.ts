/**
 * The SLA of a request as of an instant, computed from its history and the responding
 * departments' calendars, in two shapes: the figures the API shows and the fields Cosmos indexes.
 */
import {
  type EpochMs,
  type Request,
  type SlaClocks,
  type SlaResult,
  computeSla,
  toSlaClocks,
} from '@tandem/shared';
import type { TenantSetup } from '../../kernel/ports';
import { calendarLookup, departmentCalendarId } from '../../kernel/sla-view';
import type { RequestIndex } from './request-store';

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
