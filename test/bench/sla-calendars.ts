import type { BusinessCalendarSpec, LocalInterval } from '@tandem/shared';

function weekdays(hours: readonly LocalInterval[]): BusinessCalendarSpec['week'] {
  return { 1: hours, 2: hours, 3: hours, 4: hours, 5: hours };
}

const withLunch: readonly LocalInterval[] = [
  { start: '09:00', end: '13:00' },
  { start: '14:00', end: '18:00' },
];

/**
 * The calendars of the SLA benchmark. Barnaul gets a 45-minute lunch so that interval edges off
 * the full hour are exercised too. No overrides: moment-business-time cannot express a moved
 * working Saturday, and the comparison covers only what both can express.
 */
export const slaBenchCalendars: readonly BusinessCalendarSpec[] = [
  {
    id: 'moscow',
    name: 'Head office (Moscow)',
    timeZone: 'Europe/Moscow',
    week: weekdays(withLunch),
    holidays: { country: 'RU' },
  },
  {
    id: 'krasnoyarsk',
    name: 'Krasnoyarsk branch',
    timeZone: 'Asia/Krasnoyarsk',
    week: weekdays(withLunch),
    holidays: { country: 'RU' },
  },
  {
    id: 'barnaul',
    name: 'Barnaul branch',
    timeZone: 'Asia/Barnaul',
    week: weekdays([
      { start: '08:00', end: '12:00' },
      { start: '12:45', end: '17:00' },
    ]),
    holidays: { country: 'RU' },
  },
  {
    id: 'new-york',
    name: 'New York office',
    timeZone: 'America/New_York',
    week: weekdays([{ start: '09:00', end: '17:00' }]),
    holidays: { country: 'US' },
  },
];

/**
 * Requests are created on local dates in this window: it spans both New York DST changes
 * (2026-11-01, 2027-03-14) and the Russian New Year holidays of 2027.
 */
export const slaBenchWindow = { firstDate: '2026-10-01', lastDate: '2027-06-30' } as const;

/** The longest target is 5 business days; 60 calendar days after the window covers any due date. */
export const slaBenchHolidayWindow = { firstDate: '2026-09-01', lastDate: '2027-08-31' } as const;
