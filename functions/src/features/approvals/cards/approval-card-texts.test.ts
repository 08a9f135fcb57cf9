import { dictionaryProblems } from '@tandem/shared';
import { approvalCardEn } from './approval-card-texts-en';
import { approvalCardRu } from './approval-card-texts-ru';
import { approvalCardTexts, formatDuration } from './approval-card-texts';

it('has the approval cards’ words in both languages, with the same keys and placeholders', () => {
  expect(dictionaryProblems({ en: approvalCardEn, ru: approvalCardRu })).toEqual([]);
});

describe('the business time left', () => {
  it.each([
    [1, '1 час 5 мин'],
    [2, '2 часа 5 мин'],
    [5, '5 часов 5 мин'],
    [11, '11 часов 5 мин'],
    [21, '21 час 5 мин'],
    [22, '22 часа 5 мин'],
    [25, '25 часов 5 мин'],
    [111, '111 часов 5 мин'],
  ])('says %i hours in Russian by Intl.PluralRules', (hours, text) => {
    expect(formatDuration(approvalCardTexts('ru'), hours * 60 + 5)).toBe(text);
  });

  it('keeps the minutes beside the hours, and minutes alone under an hour', () => {
    const en = approvalCardTexts('en');
    expect(formatDuration(en, 120)).toBe('2 h 0 min');
    expect(formatDuration(en, 61)).toBe('1 h 1 min');
    expect(formatDuration(en, 40)).toBe('40 min');
    expect(formatDuration(approvalCardTexts('ru'), 0)).toBe('0 мин');
  });
});
