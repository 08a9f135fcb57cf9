/**
 * Moving an agenda item up or down, as the order the API's PUT /order expects: every item that
 * is not dismissed, exactly once. An item moves past its neighbour in the same section (the
 * agenda proper, or the proposals waiting for a decision), so the other section keeps its places.
 */
export interface OrderedItem {
  readonly id: string;
  readonly status: string;
  readonly order: number;
}

export type Direction = 'up' | 'down';

/** Items that are (or will be) discussed, rather than waiting for someone to accept them. */
export const isOnAgenda = (item: Pick<OrderedItem, 'status'>) =>
  item.status === 'accepted' || item.status === 'done';

const sectionOf = (item: OrderedItem) =>
  item.status === 'dismissed' ? 'dismissed' : isOnAgenda(item) ? 'agenda' : 'proposed';

export function placedInOrder<T extends OrderedItem>(items: readonly T[]): T[] {
  return items.filter((i) => i.status !== 'dismissed').sort((a, b) => a.order - b.order);
}

/** Items of the same section as `itemId`, in order (what the Move buttons step through). */
export function sectionItems<T extends OrderedItem>(items: readonly T[], itemId: string): T[] {
  const item = items.find((i) => i.id === itemId);
  if (!item) return [];
  return placedInOrder(items).filter((i) => sectionOf(i) === sectionOf(item));
}

/** The new order of ids, or null when the item cannot move that way (first, last, unknown). */
export function moveItem(
  items: readonly OrderedItem[],
  itemId: string,
  direction: Direction,
): string[] | null {
  const placed = placedInOrder(items);
  const section = sectionItems(items, itemId);
  const at = section.findIndex((i) => i.id === itemId);
  const neighbour = section[direction === 'up' ? at - 1 : at + 1];
  if (at < 0 || !neighbour) return null;
  const ids = placed.map((i) => i.id);
  const from = ids.indexOf(itemId);
  const to = ids.indexOf(neighbour.id);
  ids[from] = neighbour.id;
  ids[to] = itemId;
  return ids;
}
