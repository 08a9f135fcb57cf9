import { combineTexts, dictionaryProblems, makeTranslate } from '@tandem/shared/browser';
import { en, enParts } from './messages-en';
import { ru, ruParts } from './messages-ru';
import { appEn } from './app-messages-en';

describe('the tab dictionaries', () => {
  it('agree: same keys and placeholders, no blanks, every plural form each language needs', () => {
    expect(dictionaryProblems({ en, ru })).toEqual([]);
  });

  it('declare no key in two places', () => {
    expect(combineTexts(...enParts)).toEqual(en);
    expect(combineTexts(...ruParts)).toEqual(ru);
  });

  it('keep the app-wide words apart from the features’ words', () => {
    const featureKey = /^(approvals|meetings|cards|notifications|status)\.|^nav\.(?!label$)/;
    expect(Object.keys(appEn).filter((key) => featureKey.test(key))).toEqual([]);
  });
});

describe('the tab translate', () => {
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
