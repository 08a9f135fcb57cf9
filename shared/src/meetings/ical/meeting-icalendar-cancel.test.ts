import { outcome } from '../../requests/test-fixtures';
import { cancelMeetingSeries, reviseMeetingSeries } from '../meeting-series-changes';
import { emptyAgendaOf, people, weeklySeries } from '../test-series';
import { agendaFor, everyone, expand, now, parse } from './ical-test-helpers';
import { meetingUid, toMeetingICalendar } from './meeting-icalendar';

describe('toMeetingICalendar: end, cancel, folding, refusals', () => {
  it('ends the rule with UNTIL (UTC) at the last meeting of the end date, or with COUNT', () => {
    const byDate = weeklySeries('America/New_York', { endDate: '2026-03-30' });
    const untilText = toMeetingICalendar(byDate, agendaFor(byDate), everyone, now);
    expect(untilText).toContain(
      'RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;WKST=MO;UNTIL=20260324T140000Z',
    );
    const dates = expand(parse(untilText).event, Date.parse('2027-01-01T00:00Z')).map((t) =>
      t.toString(),
    );
    expect(dates).toEqual([
      '2026-03-03T10:00:00',
      '2026-03-10T10:00:00',
      '2026-03-17T10:00:00',
      '2026-03-24T10:00:00',
    ]);
    const byCount = weeklySeries('Europe/Moscow', { count: 3 });
    const countText = toMeetingICalendar(byCount, agendaFor(byCount), everyone, now);
    expect(countText).toContain('BYDAY=TU;WKST=MO;COUNT=3');
    expect(expand(parse(countText).event, Date.parse('2027-01-01T00:00Z'))).toHaveLength(3);
  });

  it('cancels with METHOD:CANCEL, the same UID and a higher SEQUENCE', () => {
    const series = weeklySeries('Europe/Moscow');
    const cancelled = cancelMeetingSeries(reviseMeetingSeries(series));
    const { calendar, vevent, event } = parse(
      toMeetingICalendar(cancelled, agendaFor(series), everyone, now),
    );
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect([event.uid, event.sequence]).toEqual([meetingUid(series), 2]);
    expect(vevent.getAllProperties('attendee').map((p) => p.getParameter('rsvp'))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('folds long Cyrillic lines without splitting a character, and they parse back whole', () => {
    const title = 'Совместное планирование: маркетинг, продажи, логистика и финансы — еженедельно';
    const series = weeklySeries('Europe/Moscow', {}, { title });
    const text = toMeetingICalendar(series, agendaFor(series), everyone, now);
    const bytes = Buffer.from(text, 'utf8');
    const lines: Buffer[] = [];
    for (
      let from = 0, at = bytes.indexOf('\r\n');
      at >= 0;
      from = at + 2, at = bytes.indexOf('\r\n', from)
    ) {
      lines.push(bytes.subarray(from, at));
    }
    expect(lines.length).toBeGreaterThan(30);
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => strict.decode(line)).not.toThrow();
    }
    expect(lines.some((l) => l[0] === 0x20)).toBe(true);
    expect(parse(text).event.summary).toBe(title);
  });

  it('refuses a series without an occurrence or with people missing from the directory', () => {
    const empty = weeklySeries('Europe/Moscow', { weekdays: [1], endDate: '2026-03-08' });
    expect(outcome(() => toMeetingICalendar(empty, emptyAgendaOf(empty), everyone, now))).toBe(
      'ValidationFailed',
    );
    const series = weeklySeries('Europe/Moscow');
    expect(
      outcome(() => toMeetingICalendar(series, emptyAgendaOf(series), [people.mona], now)),
    ).toBe('ValidationFailed');
  });
});
