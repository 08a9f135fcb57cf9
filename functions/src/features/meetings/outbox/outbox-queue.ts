/**
 * Queuing calendar writes: pure functions on the meeting document, applied by the meetings API
 * in the same If-Match write as the change itself. `queueCalendarSync` is the one call to make
 * after any change: it compares the series with what is already queued and adds the create,
 * update or cancel that brings the calendar level, or nothing.
 */
import {
  type EpochMs,
  type Person,
  toGraphEvent,
  toGraphEventUpdate,
  toIsoInstant,
} from '@tandem/shared';
import type { MeetingDocument } from '../meeting-document';
import { collapseOutbox, trimOutbox } from './outbox-collapse';
import type { OutboxEntry } from './outbox-entry';

export type CalendarWrite =
  | Pick<Extract<OutboxEntry, { kind: 'create' }>, 'kind' | 'revision' | 'event' | 'transactionId'>
  | Pick<Extract<OutboxEntry, { kind: 'update' }>, 'kind' | 'revision' | 'event'>
  | Pick<Extract<OutboxEntry, { kind: 'cancel' }>, 'kind' | 'revision' | 'comment'>;

export const DEFAULT_CANCEL_COMMENT = 'The joint planning meeting was cancelled.';

/** The write that makes the calendar show the document's series and agenda, if one is due. */
export function calendarWriteFor(
  doc: MeetingDocument,
  people: readonly Person[],
  cancelComment = DEFAULT_CANCEL_COMMENT,
): CalendarWrite | undefined {
  const { series, agenda } = doc;
  const last = doc.outbox.findLast((e) => e.status !== 'superseded');
  if (series.status === 'cancelled') {
    if (!last || last.kind === 'cancel') return undefined;
    return { kind: 'cancel', revision: series.revision, comment: cancelComment };
  }
  const createFailed = last?.kind === 'create' && last.status === 'failed';
  if (!last || last.kind === 'cancel' || (createFailed && last.revision < series.revision)) {
    const event = toGraphEvent(series, agenda, people);
    return { kind: 'create', revision: series.revision, event, transactionId: event.transactionId };
  }
  if (last.revision < series.revision) {
    return {
      kind: 'update',
      revision: series.revision,
      event: toGraphEventUpdate(series, agenda, people),
    };
  }
  return undefined;
}

/** Adds the write as a pending entry; queuing the same kind and revision twice adds it once. */
export function enqueueCalendarWrite(
  doc: MeetingDocument,
  write: CalendarWrite,
  now: EpochMs,
): MeetingDocument {
  const id = `${write.kind}-${write.revision}`;
  if (doc.outbox.some((e) => e.id === id)) return doc;
  const entry: OutboxEntry = {
    ...write,
    id,
    status: 'pending',
    enqueuedAt: toIsoInstant(now),
    attempts: 0,
    notBefore: null,
    claimedUntil: null,
    lastError: null,
    settledAt: null,
  };
  return { ...doc, outbox: trimOutbox(collapseOutbox([...doc.outbox, entry], now)) };
}

/** calendarWriteFor + enqueueCalendarWrite: the document unchanged when the calendar is level. */
export function queueCalendarSync(
  doc: MeetingDocument,
  people: readonly Person[],
  now: EpochMs,
  cancelComment?: string,
): MeetingDocument {
  const write = calendarWriteFor(doc, people, cancelComment);
  return write ? enqueueCalendarWrite(doc, write, now) : doc;
}
