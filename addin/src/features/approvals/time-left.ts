/**
 * How far away the instant an approval is due is, in wall-clock time ("in 2 days", "3 hours
 * ago"): the requester named a date, so this is calendar time, unlike the SLA's business time.
 */
import type { Locale } from '../../app/i18n/messages';

const MINUTE = 60_000;

export function formatRelative(target: number, now: number, locale: Locale): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  const sign = target >= now ? 1 : -1;
  const minutes = Math.max(1, Math.floor(Math.abs(target - now) / MINUTE));
  if (minutes < 60) return rtf.format(sign * minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return rtf.format(sign * hours, 'hour');
  return rtf.format(sign * Math.floor(hours / 24), 'day');
}
