/**
 * The words of the card chrome and the languages cards speak. A feature's cards join the chrome
 * to their own dictionary with `cardDictionaries` (see request-card-texts.ts), so each card reads
 * one translate; the texts core picks plural forms and formats numbers. Only these strings are
 * not escaped.
 */
import {
  type Dictionary,
  type TextLocale,
  type Translation,
  combineTexts,
  defineTexts,
  textLocales,
} from '@tandem/shared';
import { cardChromeEn } from './card-texts-en';
import { cardChromeRu } from './card-texts-ru';

export type CardLocale = TextLocale;
export const cardLocales: readonly CardLocale[] = textLocales;

export const cardTexts = defineTexts({ en: cardChromeEn, ru: cardChromeRu });

/** A feature's card words with the chrome, in every language, for `defineTexts`. */
export function cardDictionaries<D extends Dictionary>(en: D, ru: Translation<D>) {
  return {
    en: combineTexts(cardChromeEn, en),
    ru: combineTexts(cardChromeRu, ru),
  };
}
