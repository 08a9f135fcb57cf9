/**
 * Changes to a series. Each one raises `revision`, which becomes the invitation's SEQUENCE and
 * tells the calendar outbox that invitees must see a new copy.
 */
import { Conflict, ValidationFailed } from '../kernel/errors';
import {
  type MeetingSeries,
  type MeetingSeriesChanges,
  meetingSeriesChangesSchema,
  meetingSeriesSchema,
} from './meeting-series';

export function updateMeetingSeries(
  series: MeetingSeries,
  changes: MeetingSeriesChanges,
): MeetingSeries {
  if (series.status === 'cancelled') throw new Conflict('The meeting is cancelled.');
  const parsed = meetingSeriesChangesSchema.safeParse(changes);
  if (!parsed.success) throw ValidationFailed.fromZod(parsed.error, 'The changes are not valid.');
  const defined = Object.fromEntries(
    Object.entries(parsed.data).filter(([, value]) => value !== undefined),
  );
  const next = meetingSeriesSchema.safeParse({
    ...series,
    ...defined,
    revision: series.revision + 1,
  });
  if (!next.success) throw ValidationFailed.fromZod(next.error, 'The changes are not valid.');
  return next.data;
}

/** The agenda of the series changed: the invitation's body must be sent again. */
export function reviseMeetingSeries(series: MeetingSeries): MeetingSeries {
  if (series.status === 'cancelled') throw new Conflict('The meeting is cancelled.');
  return { ...series, revision: series.revision + 1 };
}

/** Cancelling twice changes nothing the second time. */
export function cancelMeetingSeries(series: MeetingSeries): MeetingSeries {
  if (series.status === 'cancelled') return series;
  return { ...series, status: 'cancelled', revision: series.revision + 1 };
}
