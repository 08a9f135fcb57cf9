/** Timelines on the Moscow (UTC+3) and Krasnoyarsk (UTC+7) office calendars for clock tests. */
import type { CompiledCalendar } from '../calendar/compiled-calendar';
import { at, krasnoyarsk, moscow } from '../calendar/test-calendars';
import { computeClock } from './clock';
import type { ClockSegment, ClockStatus, ClockTimeline } from './types';

export const calendars = (id: string): CompiledCalendar => ({ moscow, krasnoyarsk })[id] ?? moscow;
export const thresholds = [50, 75, 90];
export const run = (from: string, calendarId = 'moscow'): ClockSegment => ({
  from: at(from),
  calendarId,
  running: true,
});
export const pause = (from: string, calendarId = 'moscow'): ClockSegment => ({
  from: at(from),
  calendarId,
  running: false,
});
export const clockAt = (timeline: ClockTimeline, now: string): ClockStatus =>
  computeClock(timeline, calendars, at(now), thresholds);

// Office hours Mon–Fri 09:00–13:00, 14:00–18:00. Mon 17 Nov 2025 09:00 Moscow = 06:00Z.
export const fourHours: ClockTimeline = {
  segments: [run('2025-11-17T06:00:00Z')],
  targetMinutes: 240,
};
