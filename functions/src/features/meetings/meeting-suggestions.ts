/**
 * What Tandem suggests for an agenda: the tenant's open requests between the meeting's
 * departments that breached their SLA, are at risk of it, or have been open too long. Computed
 * for every view (never stored until someone accepts or dismisses one), with the SLA evaluated
 * as of now rather than as the sweep last saw it.
 *
 * A suggestion names a request (title and id), so it passes the request's own read check
 * (`canView` of the requests feature) for everyone the agenda is shown to: the organiser, every
 * attendee and the viewer. Not per viewer: the agenda is one shared page, it goes out with the
 * invitation to every attendee, and an accepted suggestion becomes an item all of them see.
 */
import {
  type AgendaItem,
  type EpochMs,
  type MeetingSeries,
  type Person,
  type RequestWithSla,
  type SuggestAgendaOptions,
  type TenantId,
  openStatuses,
  suggestAgendaItems,
} from '@tandem/shared';
import type { Capabilities, TenantSetup } from '../../kernel/ports';
import { canView } from '../requests';
import type { RequestStoreCapability } from '../requests';
import { evaluateSla } from '../requests';

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
  deps: RequestStoreCapability,
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

/**
 * The people the agenda is shown to. Someone the directory no longer knows stands for nobody
 * who may read anything, so the check stays closed rather than skipping them.
 */
export type Audience = readonly (Person | undefined)[];

export function audienceOf(
  series: MeetingSeries,
  viewer: Person,
  people: readonly Person[],
): Audience {
  const byId = new Map(people.map((p) => [p.id as string, p]));
  const ids = new Set<string>([
    series.organiserId,
    ...series.requiredAttendeeIds,
    ...series.optionalAttendeeIds,
  ]);
  ids.delete(viewer.id);
  return [viewer, ...[...ids].map((id) => byId.get(id))];
}

export function suggestionsFor(
  series: MeetingSeries,
  requests: readonly RequestWithSla[],
  now: EpochMs,
  audience: Audience,
): AgendaItem[] {
  if (series.status === 'cancelled') return [];
  const readable = requests.filter((r) =>
    audience.every((person) => person !== undefined && canView(r.request, person)),
  );
  return suggestAgendaItems(readable, series, now, SUGGESTION_OPTIONS);
}

/** Suggestions of one meeting as `viewer` is shown them, loading what it needs. */
export async function loadSuggestions(
  deps: Pick<Capabilities, 'directory'> & RequestStoreCapability,
  series: MeetingSeries,
  viewer: Person,
  now: EpochMs,
): Promise<AgendaItem[]> {
  if (series.status === 'cancelled') return [];
  const [setup, people] = await Promise.all([
    deps.directory.setup(series.tenantId),
    deps.directory.listPeople(series.tenantId),
  ]);
  const requests = await openRequestsBetween(
    deps,
    series.tenantId,
    series.departmentIds,
    setup,
    now,
  );
  return suggestionsFor(series, requests, now, audienceOf(series, viewer, people));
}
