/**
 * Who may do what with a joint planning meeting. Reading is open to the meeting's departments,
 * its people, executives and admins; curating (changing, cancelling, accepting agenda items,
 * recording minutes) to the organiser, the heads of its departments, executives and admins.
 * Another tenant's meeting does not exist for the caller (404), so ids cannot be probed.
 */
import {
  type MeetingSeries,
  type MeetingSeriesId,
  type Person,
  Forbidden,
  NotFound,
  ValidationFailed,
  meetingSeriesIdSchema,
} from '@tandem/shared';

type SeriesScope = Pick<
  MeetingSeries,
  | 'id'
  | 'tenantId'
  | 'organiserId'
  | 'departmentIds'
  | 'requiredAttendeeIds'
  | 'optionalAttendeeIds'
>;

const overseer = (person: Person) => person.role === 'executive' || person.role === 'admin';
const inDepartments = (series: SeriesScope, person: Person) =>
  series.departmentIds.some((d) => d === person.departmentId);

export function canReadMeeting(series: SeriesScope, viewer: Person): boolean {
  if (viewer.tenantId !== series.tenantId) return false;
  return (
    overseer(viewer) ||
    viewer.id === series.organiserId ||
    inDepartments(series, viewer) ||
    series.requiredAttendeeIds.some((id) => id === viewer.id) ||
    series.optionalAttendeeIds.some((id) => id === viewer.id)
  );
}

export function canCurateMeeting(series: SeriesScope, viewer: Person): boolean {
  if (viewer.tenantId !== series.tenantId) return false;
  return (
    overseer(viewer) ||
    viewer.id === series.organiserId ||
    (viewer.role === 'head' && inDepartments(series, viewer))
  );
}

export function assertCanReadMeeting(series: SeriesScope, viewer: Person): void {
  if (viewer.tenantId !== series.tenantId) throw new NotFound('Meeting', series.id);
  if (!canReadMeeting(series, viewer)) {
    throw new Forbidden('This meeting is between other departments.');
  }
}

export function assertCanCurateMeeting(series: SeriesScope, viewer: Person): void {
  assertCanReadMeeting(series, viewer);
  if (!canCurateMeeting(series, viewer)) {
    throw new Forbidden(
      'Only the organiser and the heads of the meeting’s departments can change the meeting.',
    );
  }
}

/** Heads schedule for their own department; executives and admins for any. */
export function assertCanSchedule(departmentIds: readonly string[], caller: Person): void {
  if (overseer(caller)) return;
  if (caller.role !== 'head') {
    throw new Forbidden('Only department heads, executives and admins can schedule meetings.');
  }
  if (!departmentIds.includes(caller.departmentId)) {
    throw new Forbidden('A head schedules meetings that include their own department.');
  }
}

export function parseMeetingId(raw: string | undefined): MeetingSeriesId {
  const parsed = meetingSeriesIdSchema.safeParse(raw);
  if (!parsed.success) throw ValidationFailed.fromZod(parsed.error, 'The meeting id is not valid.');
  return parsed.data;
}
