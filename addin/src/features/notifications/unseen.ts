/**
 * The API keeps no read state for notifications, so "new" is decided on this device: those
 * created after the newest one the person saw when they last opened the panel.
 */
export function countUnseen(
  items: readonly { createdAt: string }[],
  seenUpTo: string | null,
): number {
  if (seenUpTo === null) return items.length;
  const seen = Date.parse(seenUpTo);
  return items.filter((n) => Date.parse(n.createdAt) > seen).length;
}

export function newestCreatedAt(items: readonly { createdAt: string }[]): string | null {
  let newest: string | null = null;
  for (const n of items)
    if (newest === null || Date.parse(n.createdAt) > Date.parse(newest)) newest = n.createdAt;
  return newest;
}
