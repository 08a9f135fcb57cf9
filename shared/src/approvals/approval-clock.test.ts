import { moscow } from '../calendar/test-calendars';
import { approvalSlaStatus } from './approval-clock';
import { approve, minute, newApproval, play, t0 } from './test-approvals';

// t0 is Friday 17:40 in Moscow; the office works 09–13 and 14–18 on weekdays, and Monday
// 9 March 2026 is the day off for Women's Day (8 March falls on a Sunday).
const calendars = () => moscow;
const tuesdayAt = (hhmm: string) => Date.parse(`2026-03-10T${hhmm}:00+03:00`);

describe("an approval's own SLA", () => {
  it('counts business minutes in the calendar: 480 from Friday 17:40 are due Tuesday 17:40', () => {
    const status = approvalSlaStatus(newApproval('all-of'), calendars, t0 + 10 * minute);
    expect(status).toMatchObject({
      state: 'on_track',
      dueAt: tuesdayAt('17:40'),
      elapsedMinutes: 10,
    });
    expect(status.nextChangeAt).toBe(tuesdayAt('15:40'));
  });

  it('warns at 75 % and is breached after the due instant', () => {
    const asked = newApproval('all-of');
    expect(approvalSlaStatus(asked, calendars, tuesdayAt('15:40')).state).toBe('warning');
    expect(approvalSlaStatus(asked, calendars, tuesdayAt('17:40')).state).toBe('breached');
  });

  it('stops when the approval is settled: met in time', () => {
    const done = play(newApproval('any-of'), [['mona', approve]]);
    const status = approvalSlaStatus(done, calendars, tuesdayAt('18:00'));
    expect(status).toMatchObject({ state: 'met', elapsedMinutes: 1, nextChangeAt: null });
  });
});
