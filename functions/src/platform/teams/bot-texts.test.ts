import { dictionaryProblems } from '@tandem/shared';
import { botEn } from './bot-texts-en';
import { botRu } from './bot-texts-ru';
import { botTexts } from './bot-texts';

it('has what the bot says in both languages, with the same keys and placeholders', () => {
  expect(dictionaryProblems({ en: botEn, ru: botRu })).toEqual([]);
});

it('fills in what it was told', () => {
  expect(botTexts('en')('unknownVerb', { verb: 'widget.undo' })).toBe(
    'Tandem does not know the card action "widget.undo".',
  );
  expect(botTexts('ru')('linked', { department: 'Маркетинг' })).toBe(
    'Новые запросы в отдел «Маркетинг» будут публиковаться здесь.',
  );
});
