/**
 * What Tandem suggests for an agenda: the tenant's open requests between the meeting's
 * departments that breached their SLA, are at risk of it, or have been open too long. Computed
 * for every view (never stored until someone accepts or dismisses one), with the SLA evaluated
 * as of now rather than as the sweep last saw it.
 */
import {
  type AgendaItem,
  type EpochMs,
  type MeetingSeries,
  type RequestWithSla,
  type SuggestAgendaOptions,
  type TenantId,
  openStatuses,
  suggestAgendaItems,
} from '@tandem/shared';
import type { Capabilities, TenantSetup } from '../../kernel/ports';
import { evaluateSla } from '../../kernel/sla-view';

/** A week: older than the weekly meeting that should have settled it. */
export const SUGGESTION_OPTIONS: SuggestAgendaOptions = {
  openLongerThanDays: 7,
  timeBoxMinutes: 5,
};

/** Pages read per department; a department with more open requests has bigger problems. */
const MAX_PAGES = 5;
const PAGE_SIZE = 200;

/** Open requests whose both sides are among `departmentIds`, each with its SLA state now. */
export async function openRequestsBetween(
  deps: Pick<Capabilities, 'requestStore'>,
  tenantId: TenantId,
  departmentIds: readonly string[],
  setup: TenantSetup,
  now: EpochMs,
): Promise<RequestWithSla[]> {
  const departments = new Set(departmentIds);
  const found: RequestWithSla[] = [];
  for (const departmentId of departments) {
    let continuation: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await deps.requestStore.list({
        tenantId,
        box: 'inbox',
        departmentId: departmentId as RequestWithSla['request']['toDepartmentId'],
        statuses: openStatuses,
        limit: PAGE_SIZE,
        ...(continuation ? { continuation } : {}),
      });
      for (const { value } of result.items) {
        if (!departments.has(value.fromDepartmentId)) continue;
        found.push({ request: value, slaState: evaluateSla(value, setup, now).sla.state });
      }
      if (!result.continuation) break;
      continuation = result.continuation;
    }
  }
  return found;
}

export function suggestionsFor(
  series: MeetingSeries,
  requests: readonly RequestWithSla[],
  now: EpochMs,
): AgendaItem[] {
  if (series.status === 'cancelled') return [];
  return suggestAgendaItems(requests, series, now, SUGGESTION_OPTIONS);
}

/** Suggestions of one meeting, loading what it needs. */
export async function loadSuggestions(
  deps: Pick<Capabilities, 'requestStore' | 'directory'>,
  series: MeetingSeries,
  now: EpochMs,
): Promise<AgendaItem[]> {
  if (series.status === 'cancelled') return [];
  const setup = await deps.directory.setup(series.tenantId);
  const requests = await openRequestsBetween(
    deps,
    series.tenantId,
    series.departmentIds,
    setup,
    now,
  );
  return suggestionsFor(series, requests, now);
}
