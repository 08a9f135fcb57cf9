import type { Locale } from './messages';

/**
 * The first supported language among candidates in priority order ("ru-RU" → ru), English when
 * none is supported; host and browser locales come as BCP 47 tags of any case.
 */
export function pickLocale(candidates: readonly (string | null | undefined)[]): Locale {
  for (const tag of candidates) {
    const lang = tag?.trim().toLowerCase().split(/[-_]/)[0];
    if (lang === 'ru' || lang === 'en') return lang;
  }
  return 'en';
}
