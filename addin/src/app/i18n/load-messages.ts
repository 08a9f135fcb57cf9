/**
 * Dictionaries load as chunks of their own, English too: the app waits for the theme and the
 * dictionary together before it draws, so this costs no extra round trip and keeps every page's
 * strings out of the first bundle.
 */
import type { Locale, Messages } from './messages';

export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'en') return (await import('./messages-en')).en;
  return (await import('./messages-ru')).ru;
}
