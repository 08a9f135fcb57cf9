/**
 * The getSchedule call: the question in the organiser's zone (local times plus the Windows zone
 * name, and `Prefer: outlook.timezone` so the answer comes back in the same zone), and the answer
 * turned into busy intervals per mailbox.
 */
import { type EpochMs, graphTimeZoneOf } from '@tandem/shared';
import type { MailboxAvailability } from './calendar-gateway';
import type { ScheduleInformation } from './graph-event-schemas';
import { graphDateTimeOf, instantOfGraphDateTime } from './graph-time';

export function scheduleRequest(
  mailboxes: readonly string[],
  start: EpochMs,
  end: EpochMs,
  timeZone: string,
) {
  return {
    headers: { Prefer: `outlook.timezone="${graphTimeZoneOf(timeZone)}"` },
    body: {
      schedules: mailboxes,
      startTime: graphDateTimeOf(start, timeZone),
      endTime: graphDateTimeOf(end, timeZone),
      availabilityViewInterval: 30,
    },
  };
}

/** One entry per asked mailbox, in the order asked; a mailbox Graph left out is an error entry. */
export function availabilityOf(
  asked: readonly string[],
  answer: readonly ScheduleInformation[],
): MailboxAvailability[] {
  const byId = new Map(answer.map((s) => [s.scheduleId.toLowerCase(), s]));
  return asked.map((mailbox) => {
    const info = byId.get(mailbox.toLowerCase());
    if (!info) return { mailbox, busy: [], error: 'Microsoft Graph gave no schedule.' };
    if (info.error) {
      return { mailbox, busy: [], error: info.error.message ?? info.error.responseCode ?? 'error' };
    }
    const busy = (info.scheduleItems ?? []).map((item) => ({
      start: instantOfGraphDateTime(item.start),
      end: instantOfGraphDateTime(item.end),
      status: item.status,
    }));
    return { mailbox, busy };
  });
}
