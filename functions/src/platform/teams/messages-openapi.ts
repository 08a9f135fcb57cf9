/** The bot's messaging endpoint for the OpenAPI document (Bot Framework activities). */
import { z } from 'zod';
import { type OpenApiPiece, jsonBody, named } from '../http/openapi-operation';

export const messagesOpenApi: OpenApiPiece = {
  name: 'bot',
  operations: [
    {
      name: 'botMessages',
      method: 'POST',
      route: 'messages',
      summary:
        'The bot’s messaging endpoint (Bot Framework activities; tokens checked by the Teams SDK)',
      public: true,
      body: jsonBody(
        named(
          'BotActivity',
          z.record(z.string(), z.unknown()).describe('A Bot Framework activity'),
        ),
      ),
      responses: {
        200: {
          description: 'Accepted',
          body: named(
            'BotInvokeResponse',
            z
              .record(z.string(), z.unknown())
              .describe(
                'The invoke response of an invoke activity as the Teams SDK answers it (an adaptive card action answers { statusCode, type, value }); other activities get an empty body',
              ),
          ),
        },
      },
      errors: [400, 401],
    },
  ],
};
