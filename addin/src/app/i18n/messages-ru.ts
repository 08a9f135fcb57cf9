/** Everything the tab says in Russian, joined like messages-en and typed against it. */
import type { Messages } from './messages';
import { appRu } from './app-messages-ru';
import { requestsRu } from '../../features/requests/messages-ru';
import { approvalsRu } from '../../features/approvals/messages-ru';
import { meetingsRu } from '../../features/meetings/messages-ru';
import { notificationsRu } from '../../features/notifications/messages-ru';
import { cardPreviewRu } from '../../features/card-preview/messages-ru';

export const ruParts = [
  appRu,
  requestsRu,
  approvalsRu,
  meetingsRu,
  notificationsRu,
  cardPreviewRu,
] as const;

export const ru = Object.assign({}, ...ruParts) as Messages;
