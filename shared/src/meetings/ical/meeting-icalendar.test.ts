import { agendaAsHtml, agendaAsText } from '../agenda-render';
import { reviseMeetingSeries } from '../meeting-series-changes';
import { occurrencesBetween } from '../occurrences';
import { people, weeklySeries } from '../test-series';
import { agendaFor, everyone, expand, now, parse } from './ical-test-helpers';
import { meetingUid, toMeetingICalendar } from './meeting-icalendar';

describe('toMeetingICalendar: time, identity, people, agenda', () => {
  it.each(['America/New_York', 'Europe/Moscow'])(
    'keeps 10:00 local in %s on every occurrence across the DST changes, per ical.js',
    (timeZone) => {
      const series = weeklySeries(timeZone, { weekdays: [2, 7] });
      const { event } = parse(toMeetingICalendar(series, agendaFor(series), everyone, now));
      expect(event.startDate.zone?.tzid).toBe(timeZone);
      const until = Date.parse('2027-04-01T00:00Z');
      const starts = expand(event, until);
      // 2026-03-03 … 2027-03-28: both changes of New York (2026-11-01, 2027-03-14) inside.
      expect(starts).toHaveLength(113);
      expect(starts.every((t) => t.hour === 10 && t.minute === 0)).toBe(true);
      expect(starts.map((t) => t.toUnixTime() * 1000)).toEqual(
        occurrencesBetween(series, 0, until).map((o) => o.start),
      );
    },
  );

  it('writes an iTIP request with a stable UID, the revision as SEQUENCE, DTSTAMP and the rule', () => {
    const series = weeklySeries('America/New_York', { weekdays: [2, 7], interval: 2 });
    const text = toMeetingICalendar(series, agendaFor(series), everyone, now);
    const { calendar, vevent, event } = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.uid).toBe(meetingUid(series));
    expect(event.sequence).toBe(0);
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstProperty('dtstamp')?.toICALString()).toBe('DTSTAMP:20260301T123456Z');
    expect(text).toContain('\r\nDTSTART;TZID=America/New_York:20260303T100000\r\n');
    expect(text).toContain('\r\nDTEND;TZID=America/New_York:20260303T110000\r\n');
    expect(text).toContain('\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=MO\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const revised = parse(
      toMeetingICalendar(reviseMeetingSeries(series), agendaFor(series), everyone, now),
    );
    expect([revised.event.uid, revised.event.sequence]).toEqual([event.uid, 1]);
  });

  it('invites the organiser and the attendees with their roles, asking for replies', () => {
    const series = weeklySeries(
      'Europe/Moscow',
      {},
      { requiredAttendeeIds: [people.mona.id, people.sam.id, people.rita.id] },
    );
    const { vevent } = parse(toMeetingICalendar(series, agendaFor(series), everyone, now));
    const organizer = vevent.getFirstProperty('organizer');
    expect([organizer?.getFirstValue(), organizer?.getParameter('cn')]).toEqual([
      'mailto:mona@example.com',
      'Mona Marketing-Head',
    ]);
    const attendees = vevent
      .getAllProperties('attendee')
      .map((p) => [
        p.getFirstValue(),
        p.getParameter('cn'),
        p.getParameter('role'),
        p.getParameter('rsvp'),
      ]);
    expect(attendees).toEqual([
      ['mailto:sam@example.com', 'Sam Sales-Head', 'REQ-PARTICIPANT', 'TRUE'],
      ['mailto:rita@example.com', 'Рита Продажи', 'REQ-PARTICIPANT', 'TRUE'],
      ['mailto:mark@example.com', "Mark, 'the' Analyst; Marketing", 'OPT-PARTICIPANT', 'TRUE'],
    ]);
  });

  it('carries the agenda as text and as escaped HTML, unchanged through escaping', () => {
    const series = weeklySeries('Europe/Moscow');
    const agenda = agendaFor(series);
    const { vevent, event } = parse(toMeetingICalendar(series, agenda, everyone, now));
    expect(event.description).toBe(agendaAsText(series, agenda, everyone));
    expect(event.description).toContain('1. Spring promo; budget, stock & "POS"');
    const altDesc = vevent.getFirstProperty('x-alt-desc');
    expect(altDesc?.getParameter('fmttype')).toBe('text/html');
    expect(altDesc?.getFirstValue()).toBe(agendaAsHtml(series, agenda, everyone));
    expect(altDesc?.getFirstValue()).toContain('Spring promo; budget, stock &amp; &quot;POS&quot;');
  });
});
