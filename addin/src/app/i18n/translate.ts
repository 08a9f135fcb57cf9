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

/** Every text of a message: the message itself, or each of its plural forms. */
export function textsOf(value: Messages[MessageKey]): string[] {
  if (typeof value === 'string') return [value];
  return [value.one, value.few, value.many, value.other].filter((t) => t !== undefined);
}

/** Placeholders of a message (all plural forms together), to check dictionaries agree. */
export function placeholdersOf(value: Messages[MessageKey]): string[] {
  const names = new Set<string>();
  for (const text of textsOf(value)) {
    for (const m of text.matchAll(/\{(\w+)\}/g)) names.add(m[1] ?? '');
  }
  return [...names].sort();
}
