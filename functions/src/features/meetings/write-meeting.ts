/**
 * Every change to an existing meeting: the caller's version checked (428 without one, 412 when
 * stale), the change applied, the calendar write it needs queued in the same document, and one
 * replace with the store's ETag. A lost race against the outbox processor (which claims and
 * settles in the same document) is retried on a fresh copy; a race against a person changes
 * the version and ends in 412. The processor is kicked after the write, not awaited.
 */
import type { EpochMs, Person } from '@tandem/shared';
import type { MeetingDocument } from './meeting-document';
import type { StoredMeeting } from './meeting-store';
import { queueCalendarSync } from './outbox/outbox-queue';
import { assertCanCurateMeeting } from './meeting-access';
import type { MeetingCapabilities } from './meeting-ports';
import { meetingVersion } from './meeting-version';
import { writeOnVersion } from '../../kernel/aggregate-write';
import { requireIfMatch } from '../../kernel/version';
import { readMeeting } from './read-meeting';

export type WriteMeetingDeps = Pick<
  MeetingCapabilities,
  'meetings' | 'directory' | 'clock' | 'kickOutbox'
>;

export interface MeetingChange {
  /** The changed document, or the one given for "nothing to change". */
  readonly doc: MeetingDocument;
  readonly cancelComment?: string;
}

export interface WriteOptions {
  /** Who may make the change; curators by default. */
  readonly authorize?: (series: MeetingDocument['series'], caller: Person) => void;
}

export async function writeMeeting(
  deps: WriteMeetingDeps,
  caller: Person,
  id: string,
  ifMatch: string | undefined,
  change: (doc: MeetingDocument, now: EpochMs) => MeetingChange,
  options: WriteOptions = {},
): Promise<StoredMeeting> {
  requireIfMatch(ifMatch);
  const authorize = options.authorize ?? assertCanCurateMeeting;
  const people = await deps.directory.listPeople(caller.tenantId);
  return writeOnVersion({
    ifMatch,
    read: async () => {
      const current = await readMeeting(deps, caller, id);
      authorize(current.value.series, caller);
      return current;
    },
    versionOf: (current) => meetingVersion(current.value),
    write: async (current) => {
      const now = deps.clock.now();
      const { doc, cancelComment } = change(current.value, now);
      if (doc === current.value) return current;
      const queued = queueCalendarSync(doc, people, now, cancelComment);
      const stored = await deps.meetings.replace(queued, current.etag);
      deps.kickOutbox(caller.tenantId, id);
      return stored;
    },
  });
}
