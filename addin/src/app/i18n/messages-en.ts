/**
 * Everything the tab says in English: the app's words and each feature's, combined once. This
 * module is the English dictionary chunk (see load-messages), so none of these strings weigh on
 * the first bundle; a feature joins by one line here and one in messages-ru.
 */
import type { Combined } from '@tandem/shared/browser';
import { appEn } from './app-messages-en';
import { requestsEn } from '../../features/requests/messages-en';
import { approvalsEn } from '../../features/approvals/messages-en';
import { meetingsEn } from '../../features/meetings/messages-en';
import { notificationsEn } from '../../features/notifications/messages-en';
import { cardPreviewEn } from '../../features/card-preview/messages-en';

/**
 * Joined by `Object.assign` rather than the shared `combineTexts`, whose code would otherwise be
 * split into a chunk of its own on the first load; the tests run `combineTexts` over these parts
 * to refuse a key declared twice.
 */
export const enParts = [
  appEn,
  requestsEn,
  approvalsEn,
  meetingsEn,
  notificationsEn,
  cardPreviewEn,
] as const;

export const en = Object.assign({}, ...enParts) as Combined<typeof enParts>;
