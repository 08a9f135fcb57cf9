/** Instants as people read them: local wall time with the zone, so no one guesses the offset. */
import type { Locale } from './messages';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, timeZone: string | undefined, withYear: boolean) {
  const key = `${locale}|${timeZone ?? ''}|${withYear}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
      ...(timeZone ? { timeZone } : {}),
    });
    cache.set(key, f);
  }
  return f;
}

/** "24 Nov, 12:38 GMT+3"; the year only when it is not the current one. */
export function formatInstant(
  iso: string,
  locale: Locale,
  timeZone?: string,
  now: number = Date.now(),
): string {
  const at = Date.parse(iso);
  const withYear = new Date(at).getUTCFullYear() !== new Date(now).getUTCFullYear();
  return formatter(locale, timeZone, withYear).format(at);
}
