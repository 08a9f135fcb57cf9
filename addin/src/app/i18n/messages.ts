/**
 * The shape of a dictionary. English is the reference: every other locale is typed against its
 * keys, so a missing Russian string is a compile error rather than a blank in the UI.
 */
import type { en } from './messages-en';

/** Forms chosen by `Intl.PluralRules` (Russian needs one/few/many; English one/other). */
export interface PluralForms {
  readonly one: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}
export type MessageValue = string | PluralForms;
export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: MessageValue };

export const locales = ['en', 'ru'] as const;
export type Locale = (typeof locales)[number];
