import { dictionaryProblems } from '@tandem/shared';
import { requestCardEn } from './request-card-texts-en';
import { requestCardRu } from './request-card-texts-ru';
import { requestCardTexts } from './request-card-texts';

it('has the request cards’ words in both languages, with the same keys and placeholders', () => {
  expect(dictionaryProblems({ en: requestCardEn, ru: requestCardRu })).toEqual([]);
});

it('formats the percentages of the SLA line for the language', () => {
  const en = requestCardTexts('en');
  const ru = requestCardTexts('ru');
  expect(en('sla.line', { state: en('sla.breached'), percent: 1425 })).toBe(
    '**SLA:** Breached · 1,425% of the time used',
  );
  expect(ru('sla.line', { state: ru('sla.on_track'), percent: 40 })).toBe(
    '**SLA:** В срок · использовано 40% времени',
  );
});
