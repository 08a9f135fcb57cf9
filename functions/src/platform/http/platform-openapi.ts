/** The platform's own operations for the OpenAPI document: the health check and the document. */
import { z } from 'zod';
import { type OpenApiPiece, named } from './openapi-operation';

/** What health-handler answers, healthy (200) or not (503). */
export const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  version: z.string(),
  cosmos: z.enum(['ok', 'unreachable']),
});
const health = named('Health', healthSchema);

const openApiDocumentSchema = z
  .looseObject({
    openapi: z.string(),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.unknown()),
  })
  .describe('An OpenAPI 3.1 document');

export const platformOpenApi: OpenApiPiece = {
  name: 'platform',
  operations: [
    {
      name: 'health',
      method: 'GET',
      route: 'health',
      summary: 'Liveness and Cosmos DB reachability',
      public: true,
      responses: {
        200: { description: 'Healthy', body: health },
        503: { description: 'Cosmos DB unreachable', body: health },
      },
    },
    {
      name: 'openapi',
      method: 'GET',
      route: 'openapi.json',
      summary: 'This document',
      public: true,
      responses: {
        200: {
          description: 'OpenAPI 3.1 document',
          body: named('OpenApiDocument', openApiDocumentSchema),
        },
      },
    },
  ],
};
