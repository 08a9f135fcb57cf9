/** The words a request card reads: its own (request-card-texts-en/-ru) and the card chrome. */
import { defineTexts } from '@tandem/shared';
import { cardDictionaries } from '../../../platform/cards/card-texts';
import { requestCardEn } from './request-card-texts-en';
import { requestCardRu } from './request-card-texts-ru';

export const requestCardTexts = defineTexts(cardDictionaries(requestCardEn, requestCardRu));
export type RequestCardTranslate = ReturnType<typeof requestCardTexts>;
