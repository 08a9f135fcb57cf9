/** Parsing helpers and fixtures for the iCalendar tests (ical.js as the standard parser). */
import ICAL from 'ical.js';
import { deepFreeze } from '../../requests/test-fixtures';
import type { Agenda } from '../agenda-item';
import { acceptAgendaItem, addAgendaItem } from '../agenda-operations';
import type { MeetingSeries } from '../meeting-series';
import { emptyAgendaOf, people } from '../test-series';

export const everyone = Object.values(people);
// RFC 5545 §3.8.8.2: a non-standard property is TEXT unless it says otherwise. ical.js reads
// X- properties as raw values; tell it the RFC default so the escaping is undone as a client does.
(ICAL.design.icalendar.property as Record<string, unknown>)['x-alt-desc'] = { defaultType: 'text' };
export const now = Date.parse('2026-03-01T12:34:56Z');

export function agendaFor(series: MeetingSeries): Agenda {
  let agenda = emptyAgendaOf(series);
  agenda = addAgendaItem(
    agenda,
    {
      title: 'Spring promo; budget, stock & "POS"',
      ownerId: people.sam.id,
      timeBoxMinutes: 20,
      kind: 'promotion-planning',
    },
    'p1',
  );
  agenda = addAgendaItem(
    agenda,
    {
      title: 'Просроченные запросы',
      ownerId: people.rita.id,
      timeBoxMinutes: 15,
      kind: 'request-escalation',
      link: { requestId: 'req-1' },
    },
    'p2',
  );
  return deepFreeze(acceptAgendaItem(acceptAgendaItem(agenda, 'p1'), 'p2'));
}

/** Parses like a calendar client: the VTIMEZONE is registered, then the VEVENT is read. */
export function parse(text: string) {
  const calendar = ICAL.Component.fromString(text);
  ICAL.TimezoneService.reset();
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(vtimezone);
  }
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

/** Occurrence starts as ical.js expands them, until `until` (exclusive). */
export function expand(event: ICAL.Event, until: number): ICAL.Time[] {
  const starts: ICAL.Time[] = [];
  const iterator = event.iterator();
  for (
    let next = iterator.next();
    next && next.toUnixTime() * 1000 < until;
    next = iterator.next()
  ) {
    starts.push(next);
  }
  return starts;
}
