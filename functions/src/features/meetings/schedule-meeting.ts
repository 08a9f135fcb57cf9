/**
 * A head schedules a joint planning meeting: the series at revision 0, an empty agenda for its
 * first occurrence from now on, and the calendar create queued in the same first write. With an
 * Idempotency-Key the meeting id is derived from the tenant, the caller and the key, so a retry
 * collides with the first create and gets that meeting back instead of a second series.
 */
import { createHash } from 'node:crypto';
import {
  type MeetingSeries,
  type Person,
  ValidationFailed,
  createMeetingSeries,
  emptyAgenda,
  newMeetingSeriesInputSchema,
} from '@tandem/shared';
import { newMeetingDocument } from './meeting-document';
import type { StoredMeeting } from './meeting-store';
import { queueCalendarSync } from './outbox/outbox-queue';
import { createOnce, idempotentId } from '../../kernel/idempotency';
import { assertCanSchedule } from './meeting-access';
import type { MeetingCapabilities } from './meeting-ports';
import { requireUpcomingOccurrence } from './meeting-occurrences';
import { stableJson } from './meeting-version';
import { readMeeting } from './read-meeting';

export type ScheduleMeetingDeps = Pick<
  MeetingCapabilities,
  'meetings' | 'directory' | 'clock' | 'ids' | 'kickOutbox'
>;

export interface ScheduledMeeting {
  readonly stored: StoredMeeting;
  /** False when an Idempotency-Key replay returned the meeting scheduled earlier. */
  readonly created: boolean;
}

export async function scheduleMeeting(
  deps: ScheduleMeetingDeps,
  caller: Person,
  body: unknown,
  idempotencyKey?: string,
): Promise<ScheduledMeeting> {
  const parsed = newMeetingSeriesInputSchema.safeParse(body);
  if (!parsed.success) throw ValidationFailed.fromZod(parsed.error, 'The meeting is not valid.');
  assertCanSchedule(parsed.data.departmentIds, caller);
  const setup = await deps.directory.setup(caller.tenantId);
  const unknown = parsed.data.departmentIds.flatMap((id, i) =>
    setup.departments.some((d) => d.id === id)
      ? []
      : [{ path: `departmentIds.${i}`, message: 'No such department.' }],
  );
  if (unknown.length > 0) throw new ValidationFailed('The meeting is not valid.', unknown);
  const id = idempotencyKey ? idempotentId(caller, idempotencyKey, 'meeting') : deps.ids.newId();
  const series = createMeetingSeries(parsed.data, {
    id,
    tenantId: caller.tenantId,
    organiserId: caller.id,
  });
  const now = deps.clock.now();
  const first = requireUpcomingOccurrence(series, now);
  const people = await deps.directory.listPeople(caller.tenantId);
  // Building the calendar create also checks that every attendee is in the directory.
  const doc = queueCalendarSync(
    newMeetingDocument(series, emptyAgenda(series, first.localDate), caller.email),
    people,
    now,
  );
  const fingerprint = fingerprintOf(series);
  const result = await createOnce(
    'meeting',
    { key: idempotencyKey, fingerprint },
    async () => ({ ...(await deps.meetings.create(doc)), idempotencyFingerprint: fingerprint }),
    async () => {
      const earlier = await readMeeting(deps, caller, id);
      return { ...earlier, idempotencyFingerprint: fingerprintOf(earlier.value.series) };
    },
  );
  if (result.created) deps.kickOutbox(caller.tenantId, id);
  return result;
}

/** What the caller asked for, as the stored series holds it (a later change counts as different). */
function fingerprintOf(series: MeetingSeries): string {
  const { title, departmentIds, requiredAttendeeIds, optionalAttendeeIds } = series;
  const { recurrence, durationMinutes } = series;
  const asked = {
    title,
    departmentIds,
    requiredAttendeeIds,
    optionalAttendeeIds,
    recurrence,
    durationMinutes,
  };
  return createHash('sha256').update(stableJson(asked)).digest('hex');
}
