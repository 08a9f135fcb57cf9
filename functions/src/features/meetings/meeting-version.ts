/**
 * The version of a meeting that people see as its ETag. It follows what people change (the
 * series and the agenda) and not the outbox's bookkeeping: the processor claims and settles
 * calendar writes in the same document right after every change, and a client holding the ETag
 * of its own write must not get 412 because the calendar caught up. The store's own ETag still
 * guards every write (see write-meeting.ts).
 */
import { createHash } from 'node:crypto';
import { PreconditionFailed } from '@tandem/shared';
import type { MeetingDocument } from './meeting-document';
import { etagOf, sameVersion } from '../../kernel/version';

export function meetingVersion(doc: Pick<MeetingDocument, 'series' | 'agenda'>): string {
  const hash = createHash('sha256')
    .update(stableJson({ series: doc.series, agenda: doc.agenda }))
    .digest('hex');
  return etagOf(`${doc.series.revision}-${hash.slice(0, 20)}`);
}

export function assertMeetingVersion(
  doc: Pick<MeetingDocument, 'series' | 'agenda'>,
  ifMatch: string,
): void {
  if (!sameVersion(meetingVersion(doc), ifMatch)) throw new PreconditionFailed();
}

/** JSON with object keys sorted, so that the hash does not depend on the order fields were read. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
