/** What the bot says in chat and in card errors: one translate per language (bot-texts-en/-ru). */
import { defineTexts } from '@tandem/shared';
import { botEn } from './bot-texts-en';
import { botRu } from './bot-texts-ru';

export const botTexts = defineTexts({ en: botEn, ru: botRu });
