/**
 * Curators change the series (time, people, title) or cancel it. A change revises the series,
 * so the outbox queues one calendar update with the current agenda; a cancel queues the
 * calendar cancel with the organiser's comment. Cancelling twice writes nothing the second time.
 */
import { type Person, cancelMeetingInputSchema, meetingSeriesChangesSchema } from '@tandem/shared';
import type { StoredMeeting } from './meeting-store';
import { parseBody } from './meeting-inputs';
import { cancelSeries, changeSeries } from './series-changes';
import { type WriteMeetingDeps, writeMeeting } from './write-meeting';

export async function changeMeeting(
  deps: WriteMeetingDeps,
  caller: Person,
  id: string,
  body: unknown,
  ifMatch: string | undefined,
): Promise<StoredMeeting> {
  const changes = parseBody(meetingSeriesChangesSchema, body, 'change');
  return writeMeeting(deps, caller, id, ifMatch, (doc, now) => ({
    doc: changeSeries(doc, changes, now),
  }));
}

export async function cancelMeeting(
  deps: WriteMeetingDeps,
  caller: Person,
  id: string,
  body: unknown,
  ifMatch: string | undefined,
): Promise<StoredMeeting> {
  const { comment } = parseBody(cancelMeetingInputSchema, body, 'cancellation');
  return writeMeeting(deps, caller, id, ifMatch, (doc) => ({
    doc: cancelSeries(doc),
    ...(comment ? { cancelComment: comment } : {}),
  }));
}
