/** The active locale and its translate function for every component below the provider. */
import { type ReactNode, createContext, useContext, useMemo } from 'react';
import { makeTranslate } from '@tandem/shared/browser';
import type { Locale, MessageKey, Messages, Translate } from './messages';

interface I18n {
  readonly locale: Locale;
  readonly t: Translate;
}

// Outside a provider nothing is drawn yet; the key itself is the least surprising answer.
const I18nContext = createContext<I18n>({ locale: 'en', t: (key) => key });

/** `messages` must be the dictionary of `locale` (see load-messages). */
export function I18nProvider(props: { locale: Locale; messages: Messages; children: ReactNode }) {
  const { locale, messages, children } = props;
  const value = useMemo(() => ({ locale, t: makeTranslate(locale, messages) }), [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useT(): Translate {
  return useContext(I18nContext).t;
}

export function useLocale(): Locale {
  return useContext(I18nContext).locale;
}

/** Names that the directory holds in both languages (departments, branches, types). */
export function localName(item: { name: string; nameRu?: string | undefined }, locale: Locale) {
  return locale === 'ru' && item.nameRu ? item.nameRu : item.name;
}

export type { MessageKey };
