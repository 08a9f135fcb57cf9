import { en } from './messages-en';
import { ru } from './messages-ru';
import type { MessageKey } from './messages';
import { makeTranslate, placeholdersOf, textsOf } from './translate';

const keys = Object.keys(en) as MessageKey[];

describe('dictionaries', () => {
  it('Russian has exactly the English keys', () => {
    expect(Object.keys(ru).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s uses the same placeholders in both languages', (key) => {
    expect(placeholdersOf(ru[key])).toEqual(placeholdersOf(en[key]));
  });

  it('every Russian plural message has the forms Russian grammar needs', () => {
    for (const key of keys) {
      const value = ru[key];
      if (typeof value === 'string') continue;
      expect([key, value.one, value.few, value.many].every(Boolean)).toBe(true);
    }
  });

  it('no message is left blank', () => {
    for (const key of keys) {
      const value = ru[key];
      expect(textsOf(value).every((s) => s.trim().length > 0)).toBe(true);
    }
  });
});

describe('makeTranslate', () => {
  const tEn = makeTranslate('en', en);
  const tRu = makeTranslate('ru', ru);

  it('fills placeholders and picks plural forms by Intl.PluralRules', () => {
    expect(tEn('list.count', { count: 1 })).toBe('1 request');
    expect(tEn('list.count', { count: 1000 })).toBe('1,000 requests');
    expect(tRu('list.count', { count: 1 })).toBe('1 запрос');
    expect(tRu('list.count', { count: 3 })).toBe('3 запроса');
    expect(tRu('list.count', { count: 5 })).toBe('5 запросов');
    expect(tRu('list.count', { count: 21 })).toBe('21 запрос');
  });

  it('leaves an unknown placeholder visible rather than dropping it', () => {
    expect(tEn('header.channel')).toBe('Channel of {department}');
  });
});
