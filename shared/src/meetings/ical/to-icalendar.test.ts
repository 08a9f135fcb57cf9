import ICAL from 'ical.js';
import { outcome } from '../../requests/test-fixtures';
import { type ICalEvent } from './ical-event';
import { toICalendar } from './to-icalendar';

const oneOff: ICalEvent = {
  method: 'REQUEST',
  uid: 'one-off@tandem',
  sequence: 3,
  stamp: Date.parse('2026-06-01T08:00:00Z'),
  timeZone: 'Europe/Berlin',
  start: Date.parse('2026-10-25T08:00:00Z'), // 09:00 CET, the day Berlin leaves summer time
  end: Date.parse('2026-10-25T09:30:00Z'),
  summary: 'Trade show staffing, Düsseldorf',
  description: 'Line one\nLine two; with, punctuation \\ and a backslash',
  organizer: { name: 'Mona', email: 'mona@example.com' },
  attendees: [{ name: 'Sam', email: 'sam@example.com', role: 'required' }],
};

describe('toICalendar', () => {
  it('writes a single event without a rule, in local time with its zone', () => {
    const text = toICalendar(oneOff);
    expect(text).not.toContain('RRULE:FREQ=WEEKLY');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const calendar = ICAL.Component.fromString(text);
    ICAL.TimezoneService.reset();
    calendar.getAllSubcomponents('vtimezone').forEach((tz) => ICAL.TimezoneService.register(tz));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
    expect(event.startDate.toString()).toBe('2026-10-25T09:00:00');
    expect(event.startDate.toUnixTime() * 1000).toBe(oneOff.start);
    expect(event.endDate.toUnixTime() * 1000).toBe(oneOff.end);
    expect([event.summary, event.description, event.sequence]).toEqual([
      oneOff.summary,
      oneOff.description,
      3,
    ]);
  });

  it.each([
    ['an end before the start', { end: oneOff.start }],
    ['a bad address', { attendees: [{ name: 'x', email: 'not-an-address', role: 'required' }] }],
    ['an unknown zone', { timeZone: 'Europe/Atlantis' }],
    ['an unknown method', { method: 'PUBLISH' }],
  ])('refuses %s', (_, change) => {
    expect(outcome(() => toICalendar({ ...oneOff, ...change } as ICalEvent))).toBe(
      'ValidationFailed',
    );
  });
});
