/**
 * Instants on cards, shown twice where it matters: in a named zone (the responding department's,
 * formatted here) and in the reader's own zone. The card is shared by everyone in a channel and
 * the bot does not know each reader's zone, so the second form is left to Teams: `{{DATE()}}`
 * and `{{TIME()}}` are formatted by the client in the device's zone and the card's language.
 */
import type { IsoInstant } from '@tandem/shared';

const intlLocale: Readonly<Record<string, string>> = { en: 'en-GB', ru: 'ru-RU' };

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(lang: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[lang] ?? lang, {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    formats.set(key, format);
  }
  return format;
}

/** "Mon 9 Mar, 10:40 GMT+3" in the given IANA zone. */
export function formatInZone(instant: IsoInstant, timeZone: string, lang: string): string {
  return formatFor(lang, timeZone).format(new Date(instant));
}

/**
 * The client-side form. The functions accept RFC 3339 without fractions only, so the
 * milliseconds of our ISO strings are dropped (cards show minutes anyway).
 */
export function inReadersZone(instant: IsoInstant): string {
  const seconds = new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `{{DATE(${seconds}, SHORT)}} {{TIME(${seconds})}}`;
}
