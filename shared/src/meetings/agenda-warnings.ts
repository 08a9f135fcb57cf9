/** What the agenda editor warns about before the meeting. */
import { type Agenda, activeItems } from './agenda-item';
import type { MeetingSeries } from './meeting-series';

export type AgendaWarning = {
  readonly code: 'time-boxes-exceed-meeting';
  /** Sum of the time boxes of the accepted (and done) items. */
  readonly plannedMinutes: number;
  readonly meetingMinutes: number;
  readonly overByMinutes: number;
};

export function agendaWarnings(
  agenda: Agenda,
  series: Pick<MeetingSeries, 'durationMinutes'>,
): AgendaWarning[] {
  const plannedMinutes = activeItems(agenda).reduce((sum, i) => sum + i.timeBoxMinutes, 0);
  const meetingMinutes = series.durationMinutes;
  return plannedMinutes > meetingMinutes
    ? [
        {
          code: 'time-boxes-exceed-meeting',
          plannedMinutes,
          meetingMinutes,
          overByMinutes: plannedMinutes - meetingMinutes,
        },
      ]
    : [];
}
