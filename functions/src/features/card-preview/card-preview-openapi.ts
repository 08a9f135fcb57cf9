/** The card preview's operations for the OpenAPI document, from the shared contract. */
import {
  cardActionResponseSchema,
  cardClickInputSchema,
  cardPreviewQuerySchema,
  previewCardListSchema,
} from '@tandem/shared';
import { type OpenApiPiece, jsonBody, named } from '../../platform/http/openapi-operation';

export const cardPreviewOpenApi: OpenApiPiece = {
  name: 'card preview',
  operations: [
    {
      name: 'previewCards',
      method: 'GET',
      route: 'cards',
      summary:
        'Card preview: the adaptive cards the bot would show the caller now (requests, approvals, SLA alerts), as they would see them',
      query: cardPreviewQuerySchema,
      responses: {
        200: { description: 'The cards', body: named('PreviewCardList', previewCardListSchema) },
      },
      errors: [400, 401, 403],
    },
    {
      name: 'previewCardAction',
      method: 'POST',
      route: 'cards/action',
      summary:
        'Card preview: an Action.Execute click as the caller, through the bot’s own card action handler',
      query: cardPreviewQuerySchema,
      body: jsonBody(named('CardClick', cardClickInputSchema)),
      responses: {
        200: {
          description:
            'The Universal Actions response { statusCode, type, value }: a refreshed card, a message or a typed error',
          body: named('CardActionResponse', cardActionResponseSchema),
        },
      },
      errors: [400, 401, 403],
    },
  ],
};
