/**
 * The one text mechanism of the tab, the cards and the bot. A feature declares its English
 * dictionary (`as const satisfies Dictionary`, so its keys are a type) and its Russian one typed
 * against those keys (`Translation<typeof en>`); the app combines features' dictionaries; a
 * `Translate` picks the plural form by `Intl.PluralRules`, formats numbers by `Intl.NumberFormat`
 * and fills `{placeholders}`. Browser-safe and free of I/O: dictionaries are plain data, so the
 * tab can load them as chunks of their own.
 */

export const textLocales = ['en', 'ru'] as const;
export type TextLocale = (typeof textLocales)[number];

/** The forms `Intl.PluralRules` chooses between (Russian needs one/few/many, English one/other). */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}
export type MessageValue = string | PluralForms;
export type Dictionary = Readonly<Record<string, MessageValue>>;

/** Another locale's dictionary for the keys of a reference one: none missing, none extra. */
export type Translation<D extends Dictionary> = { readonly [K in keyof D]: MessageValue };

export type TextVars = Readonly<Record<string, string | number>>;
/** The plural form is chosen by the `count` variable; numbers are formatted for the locale. */
export type Translate<K extends string = string> = (key: K, vars?: TextVars) => string;
export type KeyOf<D extends Dictionary> = Extract<keyof D, string>;

const placeholder = /\{(\w+)\}/g;

export function makeTranslate<D extends Dictionary>(
  locale: string,
  messages: D,
): Translate<KeyOf<D>> {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (key, vars = {}) => {
    const value: MessageValue | undefined = messages[key];
    // Only a cast gets a key the dictionary lacks past the types; show it rather than crash.
    if (value === undefined) return key;
    const template =
      typeof value === 'string'
        ? value
        : (value[rules.select(Number(vars['count'] ?? 0))] ?? value.other);
    return template.replace(placeholder, (whole, name: string) => {
      const v = vars[name];
      if (v === undefined) return whole;
      return typeof v === 'number' ? numbers.format(v) : v;
    });
  };
}

/** Intersection of the parts: the dictionary an app gets by combining its features' ones. */
export type Combined<T extends readonly Dictionary[]> = T extends readonly [
  infer Head extends Dictionary,
  ...infer Rest extends readonly Dictionary[],
]
  ? Head & Combined<Rest>
  : unknown;

/**
 * Several features' dictionaries as one. A key declared twice is a mistake (two features would
 * silently overwrite each other's words), so it throws.
 */
export function combineTexts<const T extends readonly Dictionary[]>(...parts: T): Combined<T> {
  const all: Record<string, MessageValue> = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key in all) throw new Error(`Text key "${key}" is declared twice`);
      all[key] = value;
    }
  }
  return all as Combined<T>;
}

/**
 * One translate per locale, made once: cards and bot replies are built per click and per
 * viewer, and a `PluralRules` plus a `NumberFormat` are not free to create.
 */
export function defineTexts<D extends Dictionary>(
  dictionaries: { readonly en: D } & {
    readonly [L in Exclude<TextLocale, 'en'>]: Translation<D>;
  },
): (locale: TextLocale) => Translate<KeyOf<D>> {
  const made = new Map<TextLocale, Translate<KeyOf<D>>>();
  return (locale) => {
    let t = made.get(locale);
    if (!t) {
      t = makeTranslate(locale, dictionaries[locale] as D);
      made.set(locale, t);
    }
    return t;
  };
}

const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** Every text of a message: itself, or each of its plural forms. */
const formsOf = (value: MessageValue): string[] =>
  typeof value === 'string'
    ? [value]
    : pluralCategories.flatMap((c) => (value[c] === undefined ? [] : [value[c]]));

/** Placeholder names of a message, all plural forms together, sorted. */
export function placeholdersOf(value: MessageValue): string[] {
  const texts = formsOf(value);
  const names = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(placeholder)) names.add(m[1] ?? '');
  return [...names].sort();
}

/**
 * Why the dictionaries of a feature do not agree, for its tests; empty when they do. Every
 * locale must have exactly the reference's keys and placeholders, no blank text, and every
 * plural form its language's `Intl.PluralRules` can ask for.
 */
export function dictionaryProblems(
  dictionaries: { readonly en: Dictionary } & Partial<Record<TextLocale, Dictionary>>,
): string[] {
  const reference = dictionaries.en;
  const problems: string[] = [];
  for (const locale of textLocales) {
    const messages = dictionaries[locale];
    if (!messages) continue;
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const key of Object.keys(reference)) {
      if (!(key in messages)) problems.push(`${locale}: "${key}" is missing`);
    }
    for (const [key, value] of Object.entries(messages)) {
      const ref = reference[key];
      if (ref === undefined) {
        problems.push(`${locale}: "${key}" is not in the English dictionary`);
        continue;
      }
      const have = placeholdersOf(value).join(', ');
      const want = placeholdersOf(ref).join(', ');
      if (have !== want) problems.push(`${locale}: "${key}" has {${have}}, English has {${want}}`);
      const texts = formsOf(value);
      if (texts.some((s) => s.trim() === '')) problems.push(`${locale}: "${key}" is blank`);
      if (typeof value === 'string') continue;
      const lacking = categories.filter((c) => value[c] === undefined);
      if (lacking.length > 0) {
        problems.push(`${locale}: "${key}" lacks the plural forms ${lacking.join(', ')}`);
      }
    }
  }
  return problems;
}
