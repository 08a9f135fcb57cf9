/** Dictionaries: English is built in (it is the fallback); Russian loads when it is chosen. */
import type { Locale, Messages } from './messages';
import { en } from './messages-en';

export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'en') return en;
  return (await import('./messages-ru')).ru;
}
