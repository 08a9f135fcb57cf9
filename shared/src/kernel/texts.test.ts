import {
  type Dictionary,
  type Translation,
  combineTexts,
  defineTexts,
  dictionaryProblems,
  makeTranslate,
  placeholdersOf,
} from './texts';

const en = {
  hours: { one: '{count} hour', other: '{count} hours' },
  left: '{time} left of {total}',
  hello: 'Hello, {name}',
} as const satisfies Dictionary;

const ru: Translation<typeof en> = {
  hours: { one: '{count} час', few: '{count} часа', many: '{count} часов', other: '{count} часа' },
  left: 'осталось {time} из {total}',
  hello: 'Здравствуйте, {name}',
};

describe('makeTranslate', () => {
  const tRu = makeTranslate('ru', ru);
  const tEn = makeTranslate('en', en);

  it.each([
    [1, '1 час'],
    [2, '2 часа'],
    [5, '5 часов'],
    [11, '11 часов'],
    [21, '21 час'],
    [22, '22 часа'],
    [25, '25 часов'],
    [111, '111 часов'],
  ])('picks the Russian form for %i by Intl.PluralRules', (count, text) => {
    expect(tRu('hours', { count })).toBe(text);
  });

  it('uses "other" for a fraction in Russian and formats it for the locale', () => {
    expect(tRu('hours', { count: 1.5 })).toBe('1,5 часа');
  });

  it.each([
    [0, '0 hours'],
    [1, '1 hour'],
    [2, '2 hours'],
    [1000, '1,000 hours'],
  ])('picks the English form for %i', (count, text) => {
    expect(tEn('hours', { count })).toBe(text);
  });

  it('fills every placeholder, numbers in the locale, strings as they are', () => {
    expect(tRu('left', { time: '2 ч', total: 1500 })).toBe('осталось 2 ч из 1\u00a0500');
  });

  it('does not read placeholders inside the values it fills in', () => {
    expect(tEn('hello', { name: '{name}' })).toBe('Hello, {name}');
    expect(tEn('left', { time: '{total}', total: 3 })).toBe('{total} left of 3');
  });

  it('leaves an unknown placeholder visible rather than dropping it', () => {
    expect(tEn('hello')).toBe('Hello, {name}');
  });

  it('answers a key the dictionary lacks with the key itself', () => {
    const none: Dictionary = {};
    const t = makeTranslate('en', none);
    expect(t('nowhere')).toBe('nowhere');
  });
});

describe('defineTexts', () => {
  it('makes one translate per locale and reuses it', () => {
    const texts = defineTexts({ en, ru });
    expect(texts('ru')('hours', { count: 3 })).toBe('3 часа');
    expect(texts('en')('hours', { count: 3 })).toBe('3 hours');
    expect(texts('ru')).toBe(texts('ru'));
  });
});

describe('combineTexts', () => {
  it('joins the dictionaries of several features', () => {
    const all = combineTexts(en, { 'other.key': 'Other' } as const);
    expect(makeTranslate('en', all)('other.key')).toBe('Other');
    expect(makeTranslate('en', all)('hours', { count: 1 })).toBe('1 hour');
  });

  it('refuses a key two features both declare', () => {
    expect(() => combineTexts(en, { hello: 'Hi' })).toThrow('"hello" is declared twice');
  });
});

describe('dictionaryProblems', () => {
  it('finds nothing wrong with agreeing dictionaries', () => {
    expect(dictionaryProblems({ en, ru })).toEqual([]);
  });

  it('names missing and extra keys, other placeholders, blanks and lacking plural forms', () => {
    const bad = {
      hours: { one: '{count} час', other: '{count} часа' },
      left: 'осталось {time}',
      extra: ' ',
    };
    expect(dictionaryProblems({ en, ru: bad })).toEqual([
      'ru: "hello" is missing',
      'ru: "hours" lacks the plural forms few, many',
      'ru: "left" has {time}, English has {time, total}',
      'ru: "extra" is not in the English dictionary',
    ]);
  });

  it('checks the English dictionary for the forms English needs', () => {
    const enBad = { items: { other: '{count} items' } };
    expect(dictionaryProblems({ en: enBad })).toEqual(['en: "items" lacks the plural forms one']);
  });
});

describe('placeholdersOf', () => {
  it('collects the names of every plural form', () => {
    expect(placeholdersOf({ one: '{count} item in {box}', other: '{count} items' })).toEqual([
      'box',
      'count',
    ]);
  });
});
