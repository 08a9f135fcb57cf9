/**
 * Changes to an agenda as pure functions: each returns a new agenda and leaves its argument
 * alone. Repeating a change that already happened returns the agenda unchanged, so a retried
 * card action or HTTP call is harmless.
 */
import { Conflict, NotFound, ValidationFailed } from '../kernel/errors';
import { agendaItemIdSchema } from './meeting-ids';
import {
  type Agenda,
  type AgendaItem,
  type AgendaItemStatus,
  type NewAgendaItemInput,
  newAgendaItemInputSchema,
} from './agenda-item';
import type { MeetingSeries } from './meeting-series';

export function emptyAgenda(
  series: Pick<MeetingSeries, 'tenantId' | 'id'>,
  occurrenceDate: string,
): Agenda {
  return { tenantId: series.tenantId, seriesId: series.id, occurrenceDate, items: [] };
}

/** Someone in the meeting's departments proposes an item; it waits for acceptance. */
export function addAgendaItem(agenda: Agenda, input: NewAgendaItemInput, id: string): Agenda {
  const parsed = newAgendaItemInputSchema.safeParse(input);
  if (!parsed.success)
    throw ValidationFailed.fromZod(parsed.error, 'The agenda item is not valid.');
  const itemId = agendaItemIdSchema.safeParse(id);
  if (!itemId.success) throw ValidationFailed.fromZod(itemId.error, 'The item id is not valid.');
  if (agenda.items.some((i) => i.id === itemId.data)) {
    throw new Conflict(`The agenda already has an item ${id}.`);
  }
  const item: AgendaItem = {
    ...parsed.data,
    id: itemId.data,
    status: 'proposed',
    order: nextOrder(agenda),
  };
  return { ...agenda, items: [...agenda.items, item] };
}

const allowedFrom: Record<'accept' | 'dismiss' | 'complete', readonly AgendaItemStatus[]> = {
  accept: ['proposed', 'dismissed'],
  dismiss: ['proposed', 'accepted'],
  complete: ['accepted'],
};
const target = { accept: 'accepted', dismiss: 'dismissed', complete: 'done' } as const;

export const acceptAgendaItem = (agenda: Agenda, itemId: string) => move(agenda, itemId, 'accept');
export const dismissAgendaItem = (agenda: Agenda, itemId: string) =>
  move(agenda, itemId, 'dismiss');
/** Marks an item as dealt with in the meeting; items not done are carried over. */
export const completeAgendaItem = (agenda: Agenda, itemId: string) =>
  move(agenda, itemId, 'complete');

function move(agenda: Agenda, itemId: string, action: keyof typeof allowedFrom): Agenda {
  const item = agenda.items.find((i) => i.id === itemId);
  if (!item) throw new NotFound('Agenda item', itemId);
  if (item.status === target[action]) return agenda;
  if (!allowedFrom[action].includes(item.status)) {
    throw new Conflict(`Cannot ${action} an agenda item that is ${item.status}.`);
  }
  return {
    ...agenda,
    items: agenda.items.map((i) => (i.id === itemId ? { ...i, status: target[action] } : i)),
  };
}

/**
 * Puts the items in the given order. `orderedIds` lists every item that is not dismissed,
 * exactly once, so that a client working from a stale agenda cannot silently drop an item.
 */
export function reorderAgenda(agenda: Agenda, orderedIds: readonly string[]): Agenda {
  const placed = agenda.items.filter((i) => i.status !== 'dismissed');
  const expected = new Set(placed.map((i) => i.id as string));
  const given = new Set(orderedIds);
  const sameSet =
    given.size === orderedIds.length &&
    given.size === expected.size &&
    [...given].every((id) => expected.has(id));
  if (!sameSet) {
    throw new ValidationFailed('The new order does not match the agenda.', [
      { path: 'orderedIds', message: 'List every item that is not dismissed, once each.' },
    ]);
  }
  const position = new Map<string, number>(orderedIds.map((id, index) => [id, index]));
  const dismissed = agenda.items
    .filter((i) => i.status === 'dismissed')
    .sort((a, b) => a.order - b.order)
    .map((i) => i.id as string);
  dismissed.forEach((id, index) => position.set(id, orderedIds.length + index));
  return {
    ...agenda,
    items: agenda.items
      .map((i) => ({ ...i, order: position.get(i.id) ?? 0 }))
      .sort((a, b) => a.order - b.order),
  };
}

export function nextOrder(agenda: Agenda): number {
  return agenda.items.reduce((max, i) => Math.max(max, i.order + 1), 0);
}
