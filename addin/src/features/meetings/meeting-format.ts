/** How meetings read on screen: when they are (in a given zone) and why an item was suggested. */
import type { SuggestionReason } from '@tandem/shared/meetings';
import type { Locale, Translate } from '../../app/i18n/messages';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
      timeZone,
    });
    formats.set(key, f);
  }
  return f;
}

/** "Tue, 10 Mar, 10:00 GMT+3": the wall time in that zone, with the zone so no one guesses. */
export function formatWhen(iso: string, locale: Locale, timeZone: string): string {
  return formatFor(locale, timeZone).format(Date.parse(iso));
}

/** A local date ("2026-03-10") as people read it: "Tue, Mar 10, 2026"; as given if malformed. */
export function formatDay(localDate: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!m) return localDate;
  const at = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(at);
}

/** Weekday names 1 (Monday) … 7 in the locale, short form. */
export function weekdayNames(locale: Locale, width: 'short' | 'long' = 'short'): string[] {
  const f = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  // 5 January 2026 is a Monday.
  return Array.from({ length: 7 }, (_, i) => f.format(Date.UTC(2026, 0, 5 + i)));
}

export function reasonText(reason: SuggestionReason, t: Translate): string {
  switch (reason.code) {
    case 'breached':
      return t('meetings.reason.breached');
    case 'at-risk':
      return t('meetings.reason.atRisk');
    case 'open-too-long':
      return t('meetings.reason.openDays', { count: reason.openDays });
  }
}

/** "Weekly on Tue, Thu at 10:00 (Europe/Moscow)". */
export function describeRecurrence(
  recurrence: {
    weekdays: readonly number[];
    interval: number;
    localTime: string;
    timeZone: string;
  },
  locale: Locale,
  t: Translate,
): string {
  const names = weekdayNames(locale);
  const days = recurrence.weekdays.map((d) => names[d - 1] ?? String(d)).join(', ');
  return t(recurrence.interval === 1 ? 'meetings.weekly' : 'meetings.everyWeeks', {
    days,
    time: recurrence.localTime,
    zone: recurrence.timeZone,
    count: recurrence.interval,
  });
}
