import { dictionaryProblems } from '@tandem/shared';
import { cardChromeEn } from './card-texts-en';
import { cardChromeRu } from './card-texts-ru';
import { cardDictionaries, cardTexts } from './card-texts';

it('has the card chrome in both languages, with the same keys and placeholders', () => {
  expect(dictionaryProblems({ en: cardChromeEn, ru: cardChromeRu })).toEqual([]);
});

it('joins a feature’s card words to the chrome, and refuses one that reuses a chrome key', () => {
  const joined = cardDictionaries({ 'x.title': 'Title' }, { 'x.title': 'Заголовок' });
  expect(joined.ru['card.openInTandem']).toBe('Открыть в Tandem');
  expect(joined.en['x.title']).toBe('Title');
  expect(() => cardDictionaries({ 'card.asOf': 'At' }, { 'card.asOf': 'На' })).toThrow(
    '"card.asOf" is declared twice',
  );
});

it('speaks each language', () => {
  expect(cardTexts('en')('card.openInTandem')).toBe('Open in Tandem');
  expect(cardTexts('ru')('sla.breached')).toBe('Нарушен');
});
