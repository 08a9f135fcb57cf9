/** Looks a key up in the locale's dictionary, picks the plural form and fills `{placeholders}`. */
import type { Locale, MessageKey, Messages, PluralForms } from './messages';

export type TranslateVars = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, vars?: TranslateVars) => string;

export function makeTranslate(locale: Locale, messages: Messages): Translate {
  const plural = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  return (key, vars = {}) => {
    const value = messages[key];
    const template = typeof value === 'string' ? value : pluralForm(value, plural, vars.count);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = vars[name];
      if (v === undefined) return whole;
      return typeof v === 'number' ? number.format(v) : v;
    });
  };
}

function pluralForm(
  forms: PluralForms,
  rules: Intl.PluralRules,
  count: string | number | undefined,
): string {
  const n = typeof count === 'number' ? count : Number(count ?? 0);
  const category = rules.select(n);
  return (
    (category === 'one' || category === 'few' || category === 'many'
      ? forms[category]
      : undefined) ?? forms.other
  );
}

/** Placeholders of a message (all plural forms together), to check dictionaries agree. */
export function placeholdersOf(value: Messages[MessageKey]): string[] {
  const texts = typeof value === 'string' ? [value] : Object.values(value);
  const names = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(/\{(\w+)\}/g)) names.add(m[1] ?? '');
  return [...names].sort();
}
