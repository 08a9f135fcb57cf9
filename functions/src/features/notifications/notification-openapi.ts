/** The /api/notifications operation for the OpenAPI document, from the shared contract. */
import { notificationListQuerySchema, notificationListSchema } from '@tandem/shared';
import { type OpenApiPiece, named } from '../../platform/http/openapi-operation';

export const notificationOpenApi: OpenApiPiece = {
  name: 'notifications',
  operations: [
    {
      name: 'notifications',
      method: 'GET',
      route: 'notifications',
      summary: 'The caller’s notifications, newest first',
      query: notificationListQuerySchema,
      responses: {
        200: {
          description: 'Notifications',
          body: named('NotificationList', notificationListSchema),
        },
      },
      errors: [400, 401, 403],
    },
  ],
};
