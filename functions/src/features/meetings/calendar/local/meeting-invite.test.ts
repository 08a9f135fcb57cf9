import { cancelMeetingSeries } from '@tandem/shared';
import {
  agendaFor,
  everyone,
  now,
  parse,
} from '../../../../../../shared/src/meetings/ical/ical-test-helpers';
import { weeklySeries } from '../../../../../../shared/src/meetings/test-series';
import { meetingInvite } from './meeting-invite';

describe('meetingInvite', () => {
  const series = weeklySeries('Europe/Moscow', {}, { title: 'Joint planning: Marketing × Sales' });

  it('offers the series as a meeting request with a file name made of the title', () => {
    const invite = meetingInvite({ series, agenda: agendaFor(series) }, everyone, now);
    expect(invite.fileName).toBe('Joint-planning-Marketing-Sales.ics');
    expect(invite.contentType).toBe('text/calendar; method=REQUEST; charset=utf-8');
    expect(parse(invite.body).event.startDate.zone?.tzid).toBe('Europe/Moscow');
  });

  it('offers a cancellation once the series is cancelled, with a higher SEQUENCE', () => {
    const cancelled = cancelMeetingSeries(series);
    const invite = meetingInvite({ series: cancelled, agenda: agendaFor(series) }, everyone, now);
    expect(invite.contentType).toBe('text/calendar; method=CANCEL; charset=utf-8');
    const { calendar, event } = parse(invite.body);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.sequence).toBe(1);
  });
});
