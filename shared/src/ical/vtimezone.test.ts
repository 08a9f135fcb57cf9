import ICAL from 'ical.js';
import { MS_PER_DAY } from '../calendar/local-date';
import { offsetAt } from '../calendar/time-zone';
import { vTimezoneLines } from './vtimezone';

function parsedZone(timeZone: string, fromYear: number, toYear: number): ICAL.Timezone {
  const text = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:test',
    ...vTimezoneLines(timeZone, fromYear, toYear),
    'END:VCALENDAR',
  ].join('\r\n');
  const vtimezone = ICAL.Component.fromString(text).getFirstSubcomponent('vtimezone');
  if (!vtimezone) throw new Error('no VTIMEZONE');
  return new ICAL.Timezone(vtimezone);
}

/**
 * Whether ical.js, given the local wall time of `instant` in our VTIMEZONE, places it where
 * Intl does. In a fall-back overlap either of the two instants of that wall time is right.
 */
function placesLikeIntl(timeZone: string, zone: ICAL.Timezone, instant: number): boolean {
  const wall = new Date(instant + offsetAt(timeZone, instant));
  const local = ICAL.Time.fromData(
    {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
      second: 0,
      isDate: false,
    },
    zone,
  );
  const placed = local.toUnixTime() * 1000;
  return placed + offsetAt(timeZone, placed) === wall.getTime();
}

/** Every 6 hours through the years, plus a minute either side of each real change. */
function samples(timeZone: string, fromYear: number, toYear: number): number[] {
  const out: number[] = [];
  for (let t = Date.UTC(fromYear, 0, 1, 1); t < Date.UTC(toYear + 1, 0, 1); t += MS_PER_DAY / 4) {
    out.push(t);
    const next = t + MS_PER_DAY / 4;
    if (offsetAt(timeZone, t) !== offsetAt(timeZone, next)) {
      let lo = t;
      let hi = next;
      while (hi - lo > 60_000) {
        const mid = Math.floor((lo + hi) / 120_000) * 60_000;
        if (offsetAt(timeZone, mid) === offsetAt(timeZone, t)) lo = mid;
        else hi = mid;
      }
      out.push(hi - 60_000, hi + 60_000);
    }
  }
  return out;
}

describe('vTimezoneLines', () => {
  it.each([
    ['America/New_York', 2025, 2028],
    ['Europe/Moscow', 2025, 2028],
    ['Europe/London', 2025, 2028],
    ['Europe/Berlin', 2025, 2028],
    ['Australia/Sydney', 2025, 2028],
    ['Australia/Lord_Howe', 2025, 2027],
    ['Asia/Kolkata', 2025, 2026],
    ['Africa/Casablanca', 2025, 2028],
    ['America/Santiago', 2025, 2027],
  ])('gives ical.js the same offsets as Intl in %s, %i–%i', (timeZone, fromYear, toYear) => {
    const zone = parsedZone(timeZone, fromYear, toYear);
    const wrong = samples(timeZone, fromYear, toYear).filter(
      (t) => !placesLikeIntl(timeZone, zone, t),
    );
    expect(wrong.map((t) => new Date(t).toISOString())).toEqual([]);
  });

  it('states the US rules as yearly RRULEs that hold after the years it was built for', () => {
    const lines = vTimezoneLines('America/New_York', 2026, 2027);
    expect(lines).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:America/New_York',
      'BEGIN:DAYLIGHT',
      'DTSTART:20250309T020000',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20251102T020000',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
    const zone = parsedZone('America/New_York', 2026, 2027);
    const later = samples('America/New_York', 2035, 2035);
    expect(later.filter((t) => !placesLikeIntl('America/New_York', zone, t))).toEqual([]);
  });

  it('uses "last Sunday" where the day of month varies (EU)', () => {
    expect(vTimezoneLines('Europe/Berlin', 2025, 2030)).toContain(
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    );
  });

  it('gives a zone without daylight saving one standard observance', () => {
    expect(vTimezoneLines('Europe/Moscow', 2026, 2028)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Moscow',
      'BEGIN:STANDARD',
      'DTSTART:20250101T030000',
      'TZOFFSETFROM:+0300',
      'TZOFFSETTO:+0300',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('lists the changes one by one where no yearly rule fits (Casablanca, Ramadan)', () => {
    const lines = vTimezoneLines('Africa/Casablanca', 2026, 2026);
    expect(lines.some((l) => l.startsWith('RRULE'))).toBe(false);
    expect(
      lines.filter((l) => l.startsWith('BEGIN:') && l !== 'BEGIN:VTIMEZONE').length,
    ).toBeGreaterThan(2);
  });
});
