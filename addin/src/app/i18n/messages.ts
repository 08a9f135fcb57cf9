/**
 * The shape of the tab's dictionary. English is the reference: every other locale is typed
 * against its keys, so a missing Russian string is a compile error rather than a blank in the UI.
 * The mechanism itself (plural forms, placeholders) is the one shared with the API's texts.
 */
import type {
  KeyOf,
  TextLocale,
  Translate as TranslateOf,
  Translation,
} from '@tandem/shared/browser';
import type { en } from './messages-en';

export type MessageKey = KeyOf<typeof en>;
export type Messages = Translation<typeof en>;
export type Translate = TranslateOf<MessageKey>;

/**
 * The languages the tab offers, written out here rather than imported: a value from the shared
 * package would be one more cross-chunk binding in the first bundle. The type below keeps the
 * list equal to the texts core's.
 */
export const locales = ['en', 'ru'] as const satisfies readonly TextLocale[];
export type Locale = (typeof locales)[number];
type Assert<T extends true> = T;
export type EveryTextLocaleOffered = Assert<
  Exclude<TextLocale, Locale> extends never ? true : false
>;
