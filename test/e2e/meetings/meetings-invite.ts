/** The facts of a downloaded invitation file, read with ical.js as a calendar client would. */
import ICAL from 'ical.js';

export interface InviteFacts {
  readonly method: string;
  /** TZID of DTSTART. */
  readonly startZone: string;
  /** TZIDs of the VTIMEZONE components. */
  readonly zones: string[];
  /** DTSTART as local wall time, e.g. "2026-03-10T10:00:00". */
  readonly localStart: string;
  readonly rrule: string;
  readonly description: string;
}

export function readInvite(text: string): InviteFacts {
  const calendar = ICAL.Component.fromString(text);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error(`No VEVENT in:\n${text}`);
  const event = new ICAL.Event(vevent);
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    startZone: String(vevent.getFirstProperty('dtstart')?.getParameter('tzid')),
    zones: calendar
      .getAllSubcomponents('vtimezone')
      .map((z) => String(z.getFirstPropertyValue('tzid'))),
    localStart: event.startDate.toString(),
    rrule: String(vevent.getFirstPropertyValue('rrule')),
    description: String(vevent.getFirstPropertyValue('description')),
  };
}

/** Which version of which event a file is: calendar clients apply a higher SEQUENCE of a UID. */
export interface InviteVersion {
  readonly uid: string;
  readonly sequence: number;
  /** STATUS of the VEVENT: CONFIRMED, or CANCELLED in a METHOD:CANCEL file. */
  readonly status: string;
}

export function readInviteVersion(text: string): InviteVersion {
  const vevent = ICAL.Component.fromString(text).getFirstSubcomponent('vevent');
  if (!vevent) throw new Error(`No VEVENT in:\n${text}`);
  return {
    uid: String(vevent.getFirstPropertyValue('uid')),
    sequence: Number(vevent.getFirstPropertyValue('sequence')),
    status: String(vevent.getFirstPropertyValue('status')),
  };
}
