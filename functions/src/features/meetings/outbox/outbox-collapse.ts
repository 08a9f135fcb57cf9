/**
 * Only the latest state of an invitation needs to reach the calendar: a pending update followed
 * by a later pending update or cancel is superseded before it is ever sent. An entry a processor
 * has claimed is left alone (it may be on the wire); it goes out and the later one follows it.
 */
import { type EpochMs, toIsoInstant } from '@tandem/shared';
import type { OutboxEntry } from './outbox-entry';

/** Settled entries kept for the tab and for troubleshooting; older ones are dropped. */
export const SETTLED_ENTRIES_KEPT = 20;

export function isClaimed(entry: OutboxEntry, now: EpochMs): boolean {
  return entry.claimedUntil !== null && Date.parse(entry.claimedUntil) > now;
}

export function collapseOutbox(outbox: readonly OutboxEntry[], now: EpochMs): OutboxEntry[] {
  const result = [...outbox];
  // Walking backwards: `later` is the nearest pending update/cancel after i with no create between.
  let later = false;
  for (let i = result.length - 1; i >= 0; i--) {
    const entry = result[i];
    if (!entry || entry.status !== 'pending') continue;
    if (entry.kind === 'create') {
      later = false;
      continue;
    }
    if (entry.kind === 'update' && later && !isClaimed(entry, now)) {
      result[i] = { ...entry, status: 'superseded', settledAt: toIsoInstant(now) };
      continue;
    }
    later = true;
  }
  return result;
}

/** Keeps every pending entry and the latest settled ones, in their order. */
export function trimOutbox(outbox: readonly OutboxEntry[]): OutboxEntry[] {
  let settledToDrop = outbox.filter((e) => e.status !== 'pending').length - SETTLED_ENTRIES_KEPT;
  return outbox.filter((e) => {
    if (e.status === 'pending' || settledToDrop <= 0) return true;
    settledToDrop--;
    return false;
  });
}
