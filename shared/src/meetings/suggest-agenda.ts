/**
 * Agenda items Tandem proposes from the data: open requests between the meeting's departments
 * (either direction) that breached their SLA, are at risk of it, or have been open too long.
 * Each suggestion's id is derived from the request id, so running the suggester again (every
 * time the agenda page opens) finds the same items instead of adding copies.
 */
import { z } from 'zod';
import { MS_PER_DAY } from '../calendar/local-date';
import { ValidationFailed } from '../kernel/errors';
import type { Request } from '../requests';
import { openStatuses } from '../requests';
import { fromIsoInstant } from '../kernel/time';
import type { EpochMs, SlaState } from '../sla/types';
import type { Agenda, AgendaItem, SuggestionReason } from './agenda-item';
import { nextOrder } from './agenda-operations';
import { deterministicUuid } from './deterministic-uuid';
import { type AgendaItemId, agendaItemIdSchema } from './meeting-ids';
import type { MeetingSeries } from './meeting-series';

export interface RequestWithSla {
  readonly request: Request;
  /** The overall state of the request's SLA clocks now (`computeSla(...).state`). */
  readonly slaState: SlaState;
}

export const suggestAgendaOptionsSchema = z.strictObject({
  openLongerThanDays: z.number().int().min(1).max(365),
  timeBoxMinutes: z.number().int().min(1).max(120).default(5),
});
export type SuggestAgendaOptions = z.input<typeof suggestAgendaOptionsSchema>;

type SeriesScope = Pick<MeetingSeries, 'tenantId' | 'departmentIds' | 'organiserId'>;

/** Suggestions, most urgent first: breached, then at risk, then the longest open. */
export function suggestAgendaItems(
  requests: readonly RequestWithSla[],
  series: SeriesScope,
  now: EpochMs,
  options: SuggestAgendaOptions,
): AgendaItem[] {
  const parsed = suggestAgendaOptionsSchema.safeParse(options);
  if (!parsed.success) throw ValidationFailed.fromZod(parsed.error, 'The options are not valid.');
  const { openLongerThanDays, timeBoxMinutes } = parsed.data;
  const departments = new Set<string>(series.departmentIds);
  const candidates = requests.flatMap(({ request, slaState }) => {
    const between =
      request.tenantId === series.tenantId &&
      request.fromDepartmentId !== request.toDepartmentId &&
      departments.has(request.fromDepartmentId) &&
      departments.has(request.toDepartmentId);
    if (!between || !openStatuses.includes(request.status)) return [];
    const openDays = Math.floor((now - fromIsoInstant(request.createdAt)) / MS_PER_DAY);
    const reasons: SuggestionReason[] = [
      ...(slaState === 'breached' ? [{ code: 'breached' as const }] : []),
      ...(slaState === 'warning' ? [{ code: 'at-risk' as const }] : []),
      ...(now - fromIsoInstant(request.createdAt) > openLongerThanDays * MS_PER_DAY
        ? [{ code: 'open-too-long' as const, openDays }]
        : []),
    ];
    return reasons.length === 0 ? [] : [{ request, reasons }];
  });
  return candidates.sort(byUrgency).map(({ request, reasons }, order) => ({
    id: suggestionIdFor(request.id),
    title: request.title,
    ownerId: series.organiserId,
    timeBoxMinutes,
    kind: 'request-escalation',
    link: { requestId: request.id },
    status: 'proposed',
    order,
    suggestedBecause: reasons,
  }));
}

/** The id of the suggestion about a request: the same on every run. */
export function suggestionIdFor(requestId: string): AgendaItemId {
  return agendaItemIdSchema.parse(`suggested-${deterministicUuid(`request:${requestId}`)}`);
}

/**
 * Adds the suggestions the agenda does not have yet. An item with the same id (even one
 * dismissed) or about the same request stops a suggestion, so dismissing sticks.
 */
export function mergeSuggestions(agenda: Agenda, suggestions: readonly AgendaItem[]): Agenda {
  const ids = new Set<string>(agenda.items.map((i) => i.id));
  const linked = new Set(
    agenda.items.flatMap((i) => (i.link && 'requestId' in i.link ? [i.link.requestId] : [])),
  );
  const fresh = suggestions.filter((s) => {
    const requestId = s.link && 'requestId' in s.link ? s.link.requestId : undefined;
    return !ids.has(s.id) && (requestId === undefined || !linked.has(requestId));
  });
  if (fresh.length === 0) return agenda;
  const first = nextOrder(agenda);
  return {
    ...agenda,
    items: [
      ...agenda.items,
      ...fresh.map((s, i) => ({ ...s, status: 'proposed' as const, order: first + i })),
    ],
  };
}

const rank = (reasons: readonly SuggestionReason[]): number =>
  reasons.some((r) => r.code === 'breached')
    ? 0
    : reasons.some((r) => r.code === 'at-risk')
      ? 1
      : 2;

function byUrgency(
  a: { request: Request; reasons: SuggestionReason[] },
  b: { request: Request; reasons: SuggestionReason[] },
): number {
  return (
    rank(a.reasons) - rank(b.reasons) ||
    fromIsoInstant(a.request.createdAt) - fromIsoInstant(b.request.createdAt) ||
    (a.request.id < b.request.id ? -1 : a.request.id > b.request.id ? 1 : 0)
  );
}
