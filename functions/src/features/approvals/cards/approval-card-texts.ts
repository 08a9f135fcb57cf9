/**
 * The words an approval card reads: its own (approval-card-texts-en/-ru), kept apart from the
 * request cards' so that the two kinds of card can grow independently, and the card chrome.
 */
import { defineTexts } from '@tandem/shared';
import { cardDictionaries } from '../../../platform/cards/card-texts';
import { approvalCardEn } from './approval-card-texts-en';
import { approvalCardRu } from './approval-card-texts-ru';

/** Where an approver stands: decided, deciding now, waiting for their turn, or not needed. */
export type ApproverState = 'approve' | 'reject' | 'deciding' | 'queued' | 'notNeeded';

export const approvalCardTexts = defineTexts(cardDictionaries(approvalCardEn, approvalCardRu));
export type ApprovalCardTranslate = ReturnType<typeof approvalCardTexts>;

/** "2 h 15 min", "40 min": business time left, hours spelled with their plural form. */
export function formatDuration(t: ApprovalCardTranslate, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = t('duration.minutes', { count: minutes % 60 });
  if (hours === 0) return rest;
  return t('duration.hoursMinutes', {
    hours: t('duration.hours', { count: hours }),
    minutes: rest,
  });
}
