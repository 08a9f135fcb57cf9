/**
 * After a meeting, what was not dealt with moves on: accepted and proposed items that are not
 * done go to the next occurrence's agenda (first, in their old order) and are marked
 * carried-over on the old one. Ids are kept, so a suggestion about the same request is not
 * added again next week.
 */
import { ValidationFailed } from '../kernel/errors';
import type { Agenda, AgendaItem } from './agenda-item';

export interface CarriedOver {
  readonly previous: Agenda;
  readonly next: Agenda;
}

export function carryOver(agenda: Agenda, next: Agenda): CarriedOver {
  if (next.seriesId !== agenda.seriesId || next.tenantId !== agenda.tenantId) {
    throw new ValidationFailed('Items carry over within one meeting series only.');
  }
  if (next.occurrenceDate <= agenda.occurrenceDate) {
    throw new ValidationFailed('Items carry over to a later occurrence only.', [
      { path: 'occurrenceDate', message: `Must be after ${agenda.occurrenceDate}.` },
    ]);
  }
  const present = new Set<string>(next.items.map((i) => i.id));
  const unfinished = agenda.items
    .filter((i) => i.status === 'accepted' || i.status === 'proposed')
    .sort((a, b) => a.order - b.order);
  if (unfinished.length === 0) return { previous: agenda, next };
  const unfinishedIds = new Set<string>(unfinished.map((i) => i.id));
  // Items already on the next agenda (a repeated carry-over) are not added twice.
  const carried: AgendaItem[] = unfinished
    .filter((i) => !present.has(i.id))
    .map((item, order) => ({ ...item, order }));
  const shifted = next.items.map((i) => ({ ...i, order: i.order + carried.length }));
  return {
    previous: {
      ...agenda,
      items: agenda.items.map((i) =>
        unfinishedIds.has(i.id) ? { ...i, status: 'carried-over' } : i,
      ),
    },
    next: { ...next, items: [...carried, ...shifted] },
  };
}
