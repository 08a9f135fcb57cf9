/**
 * The outbox as a state machine over the meeting document, pure so that every step can be
 * written with If-Match and re-applied to a fresh copy after a 412. The head (the first pending
 * entry) goes first: writes reach the calendar in the order they were made.
 */
import { type EpochMs, PreconditionFailed, isDomainError, toIsoInstant } from '@tandem/shared';
import { CalendarRejected, CalendarUnavailable } from '../../../platform/graph/calendar-errors';
import type { CreatedCalendarEvent } from '../calendar/calendar-gateway';
import type { MeetingDocument } from '../meeting-document';
import { type OutboxBackoff, defaultOutboxBackoff, retryDelayMs } from './outbox-backoff';
import { collapseOutbox, isClaimed } from './outbox-collapse';
import type { OutboxEntry } from './outbox-entry';

export type OutboxStep =
  | { readonly kind: 'idle' }
  /** Another processor claimed the head and may be sending it. */
  | { readonly kind: 'busy'; readonly until: EpochMs }
  /** The head waits for its backoff or Retry-After. */
  | { readonly kind: 'wait'; readonly until: EpochMs }
  /** Write `doc` (the head claimed, superseded updates settled), then send `entry`. */
  | { readonly kind: 'send'; readonly doc: MeetingDocument; readonly entry: OutboxEntry };

export function nextOutboxStep(doc: MeetingDocument, now: EpochMs, claimMs: number): OutboxStep {
  const outbox = collapseOutbox(doc.outbox, now);
  const index = outbox.findIndex((e) => e.status === 'pending');
  const head = outbox[index];
  if (!head) return { kind: 'idle' };
  if (head.claimedUntil !== null && isClaimed(head, now)) {
    return { kind: 'busy', until: Date.parse(head.claimedUntil) };
  }
  if (head.notBefore !== null && Date.parse(head.notBefore) > now) {
    return { kind: 'wait', until: Date.parse(head.notBefore) };
  }
  const claimed = {
    ...head,
    attempts: head.attempts + 1,
    claimedUntil: toIsoInstant(now + claimMs),
  };
  outbox[index] = claimed;
  return { kind: 'send', doc: { ...doc, outbox }, entry: claimed };
}

/** The entry reached the calendar. A no-op if someone settled it already. */
export function settleSent(
  doc: MeetingDocument,
  entryId: string,
  created: CreatedCalendarEvent | undefined,
  now: EpochMs,
): MeetingDocument {
  const entry = doc.outbox.find((e) => e.id === entryId);
  if (!entry || entry.status !== 'pending') return doc;
  const calendar = { ...doc.calendar, syncedRevision: entry.revision, lastError: null };
  if (entry.kind === 'create' && created) {
    calendar.eventId = created.eventId;
    calendar.onlineMeetingUrl = created.onlineMeetingUrl ?? null;
  }
  if (entry.kind === 'cancel') calendar.eventId = null;
  return { ...doc, calendar, outbox: settle(doc.outbox, entryId, { status: 'done' }, now) };
}

/**
 * The send failed. Transient failures wait (backoff, at least the Retry-After) and go again;
 * a refusal, or a transient failure past the attempt limit, fails the entry for good.
 */
export function settleFailed(
  doc: MeetingDocument,
  entryId: string,
  error: unknown,
  now: EpochMs,
  random: () => number,
  backoff: OutboxBackoff = defaultOutboxBackoff,
): MeetingDocument {
  const entry = doc.outbox.find((e) => e.id === entryId);
  if (!entry || entry.status !== 'pending') return doc;
  const message = error instanceof Error ? error.message : String(error);
  if (isTransient(error) && entry.attempts < backoff.maxAttempts) {
    const retryAfter = error instanceof CalendarUnavailable ? error.retryAfterMs : undefined;
    const notBefore = now + retryDelayMs(entry.attempts, retryAfter, random, backoff);
    const outbox = doc.outbox.map((e) =>
      e.id === entryId
        ? { ...e, notBefore: toIsoInstant(notBefore), claimedUntil: null, lastError: message }
        : e,
    );
    return { ...doc, outbox };
  }
  const calendar = { ...doc.calendar, lastError: message };
  const outbox = settle(doc.outbox, entryId, { status: 'failed', lastError: message }, now);
  return { ...doc, calendar, outbox };
}

/**
 * Refusals and domain errors (a missing event, an invalid body) fail again as sent; anything
 * else (network, 5xx, a lost ETag race, a database hiccup) may pass later.
 */
function isTransient(error: unknown): boolean {
  if (error instanceof CalendarRejected) return false;
  return !isDomainError(error) || error instanceof PreconditionFailed;
}

function settle(
  outbox: readonly OutboxEntry[],
  entryId: string,
  change: Pick<OutboxEntry, 'status'> & Partial<Pick<OutboxEntry, 'lastError'>>,
  now: EpochMs,
): OutboxEntry[] {
  return outbox.map((e) =>
    e.id === entryId ? { ...e, ...change, claimedUntil: null, settledAt: toIsoInstant(now) } : e,
  );
}
