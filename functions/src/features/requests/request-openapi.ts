/** The /api/requests operations for the OpenAPI document, from the shared request contract. */
import {
  actionBodySchemas,
  actionNameSchema,
  actionNames,
  newRequestInputSchema,
  requestDtoSchema,
  requestIdSchema,
  requestListQuerySchema,
  requestPageSchema,
  slaPreviewInputSchema,
  slaPreviewSchema,
} from '@tandem/shared';
import {
  type OpenApiPiece,
  idempotencyKeyHeader,
  ifMatchHeader,
  jsonBody,
  named,
} from '../../platform/http/openapi-operation';

const request = named('Request', requestDtoSchema);
const id = { id: requestIdSchema };

export const requestOpenApi: OpenApiPiece = {
  name: 'requests',
  operations: [
    {
      name: 'listRequests',
      method: 'GET',
      route: 'requests',
      summary: 'Inbox or outbox of the caller’s department, what breaches first on top',
      query: requestListQuerySchema,
      responses: {
        200: { description: 'A page of requests', body: named('RequestPage', requestPageSchema) },
      },
      errors: [400, 401, 403],
    },
    {
      name: 'createRequest',
      method: 'POST',
      route: 'requests',
      summary: 'Raise a request',
      headers: [idempotencyKeyHeader],
      body: jsonBody(named('NewRequest', newRequestInputSchema)),
      responses: {
        201: { description: 'The request', body: request, etag: true },
        200: {
          description: 'Replay of an Idempotency-Key: the request it created',
          body: request,
          etag: true,
        },
      },
      errors: [400, 401, 403, 409],
    },
    {
      name: 'previewSla',
      method: 'POST',
      route: 'requests/preview',
      summary:
        'The SLA a request would get if sent now: due instants in the responding department’s calendar',
      body: jsonBody(named('SlaPreviewInput', slaPreviewInputSchema)),
      responses: {
        200: {
          description: 'Due instants and targets',
          body: named('SlaPreview', slaPreviewSchema),
        },
      },
      errors: [400, 401, 403],
    },
    {
      name: 'getRequest',
      method: 'GET',
      route: 'requests/{id}',
      summary: 'One request with history and SLA as of now',
      params: id,
      responses: { 200: { description: 'The request', body: request, etag: true } },
      errors: [400, 401, 403, 404],
    },
    {
      name: 'requestAction',
      method: 'POST',
      route: 'requests/{id}/{action}',
      summary: `Act on a request: ${actionNames.join(', ')}`,
      params: { ...id, action: actionNameSchema },
      headers: [ifMatchHeader],
      // Actions without input (acknowledge, resolve, …) may come without a body.
      body: {
        required: false,
        oneOf: actionNames.map((a) => named(`Action_${a}`, actionBodySchemas[a])),
      },
      responses: {
        200: { description: 'The request after the action', body: request, etag: true },
      },
      errors: [400, 401, 403, 404, 409, 412],
    },
  ],
};
