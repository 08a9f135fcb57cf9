/**
 * Every piece of the API's OpenAPI document, in the order the document lists them. The one list
 * that names the features here; when the features declare themselves as modules, main.ts feeds
 * `assembleOpenApi` from their declarations instead and this file goes.
 */
import { approvalOpenApi } from '../../features/approvals/approval-openapi';
import { cardPreviewOpenApi } from '../../features/card-preview/card-preview-openapi';
import { directoryOpenApi } from '../../features/directory/directory-openapi';
import { meetingOpenApi } from '../../features/meetings/meeting-openapi';
import { notificationOpenApi } from '../../features/notifications/notification-openapi';
import { requestOpenApi } from '../../features/requests/request-openapi';
import { messagesOpenApi } from '../teams/messages-openapi';
import type { OpenApiPiece } from './openapi-operation';
import { platformOpenApi } from './platform-openapi';

export const tandemOpenApiPieces: readonly OpenApiPiece[] = [
  platformOpenApi,
  directoryOpenApi,
  requestOpenApi,
  approvalOpenApi,
  meetingOpenApi,
  notificationOpenApi,
  cardPreviewOpenApi,
  messagesOpenApi,
];
