/**
 * The two reads beside the view: the invitation file of a meeting (the local default's way onto
 * people's calendars) and free slots for a new meeting from the calendar's free/busy.
 */
import {
  type Person,
  type TenantId,
  type TimeSlot,
  fromIsoInstant,
  suggestTimesInputSchema,
  toIsoInstant,
} from '@tandem/shared';
import { type MeetingInvite, meetingInvite } from './calendar/local/meeting-invite';
import { suggestTimes } from './suggest-times';
import { assertCanSchedule } from './meeting-access';
import { parseBody } from './meeting-inputs';
import type { MeetingCapabilities } from './meeting-ports';
import { meetingVersion } from './meeting-version';
import { readMeeting } from './read-meeting';

export async function getMeetingInvite(
  deps: Pick<MeetingCapabilities, 'meetings' | 'directory' | 'clock'>,
  caller: Person,
  id: string,
): Promise<MeetingInvite & { readonly version: string }> {
  const { value } = await readMeeting(deps, caller, id);
  const people = await deps.directory.listPeople(caller.tenantId);
  return { ...meetingInvite(value, people, deps.clock.now()), version: meetingVersion(value) };
}

/** Searched slots at most; the tab shows a short list to pick from. */
const SLOT_LIMIT = 20;

export async function suggestMeetingTimes(
  deps: Pick<MeetingCapabilities, 'directory' | 'calendarFor'>,
  caller: Person,
  body: unknown,
): Promise<{ slots: TimeSlot[] }> {
  const input = parseBody(suggestTimesInputSchema, body, 'search');
  assertCanSchedule(input.departmentIds, caller);
  const tenantId: TenantId = caller.tenantId;
  const [setup, people] = await Promise.all([
    deps.directory.setup(tenantId),
    deps.directory.listPeople(tenantId),
  ]);
  const found = await suggestTimes(deps.calendarFor(tenantId), {
    series: {
      tenantId,
      organiserId: caller.id,
      requiredAttendeeIds: input.requiredAttendeeIds,
      optionalAttendeeIds: [],
      departmentIds: input.departmentIds,
      durationMinutes: input.durationMinutes,
      // Only the zone is read: free/busy is asked in it. The rest makes a valid recurrence.
      recurrence: {
        weekdays: [1],
        interval: 1,
        localTime: '00:00',
        timeZone: input.timeZone,
        startDate: input.from.slice(0, 10),
      },
    },
    people,
    departments: setup.departments,
    calendars: setup.calendars,
    from: fromIsoInstant(input.from),
    to: fromIsoInstant(input.to),
    limit: SLOT_LIMIT,
  });
  return {
    slots: found.slots.map((s) => ({ start: toIsoInstant(s.start), end: toIsoInstant(s.end) })),
  };
}
