/**
 * The OpenAPI 3.1 document of the API, generated from the same zod schemas that validate the
 * requests (zod's own JSON Schema output is draft 2020-12, which OpenAPI 3.1 uses as is).
 */
import {
  actionBodySchemas,
  actionNames,
  newApprovalInputSchema,
  newRequestInputSchema,
  personSchema,
  requestListQuerySchema,
  requestSchema,
} from '@tandem/shared';
import { z } from 'zod';

const json = (schema: z.ZodType, io: 'input' | 'output' = 'input') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any' });

const problem = {
  description: 'RFC 9457 problem details',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};
const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), problem]));
const requestBody = (ref: string) => ({
  required: true,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } },
});
const okRequest = {
  description: 'The request',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Request' } } },
};
const secured = [{ bearer: [] }];

export function makeOpenApiDocument(version: string) {
  const listParams = Object.keys(requestListQuerySchema.shape).map((name) => ({
    name,
    in: 'query',
    required: false,
    schema: { type: 'string' },
  }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tandem API',
      version,
      description: 'Inter-department requests with business-time SLAs.',
    },
    servers: [{ url: '/api' }],
    security: secured,
    paths: {
      '/health': {
        get: {
          security: [],
          summary: 'Liveness and Cosmos DB reachability',
          responses: {
            '200': { description: 'Healthy' },
            '503': { description: 'Cosmos DB unreachable' },
          },
        },
      },
      '/openapi.json': {
        get: {
          security: [],
          summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1 document' } },
        },
      },
      '/directory': {
        get: {
          summary:
            'Departments, branches, request types and people of the caller’s tenant, for forms and filters',
          responses: { '200': { description: 'The directory' }, ...errors(401, 403) },
        },
      },
      '/requests/preview': {
        post: {
          summary:
            'The SLA a request would get if sent now: due instants in the responding department’s calendar',
          requestBody: requestBody('SlaPreviewInput'),
          responses: {
            '200': { description: 'Due instants and targets' },
            ...errors(400, 401, 403),
          },
        },
      },
      '/dev/users': {
        get: {
          security: [],
          summary: 'Local mode only: the demo people',
          responses: { '200': { description: 'Demo people' } },
        },
      },
      '/dev/token': {
        post: {
          security: [],
          summary: 'Local mode only: a token of the local issuer for a demo person',
          responses: { '200': { description: 'A bearer token' }, ...errors(400) },
        },
      },
      '/me': {
        get: {
          summary: 'The caller, their department, branch and role',
          responses: { '200': { description: 'The caller' }, ...errors(401, 403) },
        },
      },
      '/requests': {
        get: {
          summary: 'Inbox or outbox of the caller’s department, what breaches first on top',
          parameters: listParams,
          responses: { '200': { description: 'A page of requests' }, ...errors(400, 401, 403) },
        },
        post: {
          summary: 'Raise a request',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              schema: { type: 'string', maxLength: 200 },
            },
          ],
          requestBody: requestBody('NewRequest'),
          responses: {
            '201': okRequest,
            '200': { description: 'Replay of an Idempotency-Key' },
            ...errors(400, 401, 403, 409),
          },
        },
      },
      '/requests/{id}': {
        get: {
          summary: 'One request with history and SLA as of now',
          parameters: [pathParam('id')],
          responses: { '200': okRequest, ...errors(400, 401, 403, 404) },
        },
      },
      '/requests/{id}/{action}': {
        post: {
          summary: `Act on a request: ${actionNames.join(', ')}`,
          parameters: [
            pathParam('id'),
            { ...pathParam('action'), schema: { type: 'string', enum: actionNames } },
            { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } },
          ],
          requestBody: {
            required: false,
            content: {
              'application/json': {
                schema: {
                  oneOf: actionNames.map((a) => ({ $ref: `#/components/schemas/Action_${a}` })),
                },
              },
            },
          },
          responses: { '200': okRequest, ...errors(400, 401, 403, 404, 409, 412) },
        },
      },
      '/approvals': {
        get: {
          summary:
            'Approvals: box=mine (raised by the caller) or box=to-decide (awaiting the caller)',
          responses: { '200': { description: 'A page of approvals' }, ...errors(400, 401, 403) },
        },
        post: {
          summary: 'Ask for an approval (sequential, all-of or any-of approvers)',
          parameters: [
            { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string' } },
          ],
          requestBody: requestBody('NewApproval'),
          responses: { '201': { description: 'The approval' }, ...errors(400, 401, 403, 409) },
        },
      },
      '/approvals/{id}': {
        get: {
          summary: 'One approval with its trail and SLA',
          parameters: [pathParam('id')],
          responses: { '200': { description: 'The approval' }, ...errors(400, 401, 403, 404) },
        },
      },
      '/approvals/{id}/{action}': {
        post: {
          summary: 'approve, reject (comment required) or cancel (the requester)',
          parameters: [
            pathParam('id'),
            {
              ...pathParam('action'),
              schema: { type: 'string', enum: ['approve', 'reject', 'cancel'] },
            },
            { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } },
          ],
          responses: {
            '200': { description: 'The approval' },
            ...errors(400, 401, 403, 404, 409, 412),
          },
        },
      },
      '/messages': {
        post: {
          security: [],
          summary:
            'The bot’s messaging endpoint (Bot Framework activities; tokens checked by the Teams SDK)',
          responses: {
            '200': { description: 'Invoke response' },
            '401': { description: 'No valid Bot Framework token' },
          },
        },
      },
      '/notifications': {
        get: {
          summary: 'The caller’s notifications, newest first',
          responses: { '200': { description: 'Notifications' }, ...errors(401, 403) },
        },
      },
      '/admin/{kind}': {
        get: {
          summary: 'List directory entries (admin)',
          parameters: [pathParam('kind')],
          responses: { '200': { description: 'Entries' }, ...errors(400, 401, 403) },
        },
      },
      '/admin/{kind}/{id}': {
        put: {
          summary: 'Create (no If-Match) or replace (If-Match) a directory entry (admin)',
          parameters: [pathParam('kind'), pathParam('id')],
          responses: {
            '200': { description: 'Replaced' },
            '201': { description: 'Created' },
            ...errors(400, 401, 403, 409, 412),
          },
        },
        delete: {
          summary: 'Delete a directory entry (admin, If-Match required)',
          parameters: [pathParam('kind'), pathParam('id')],
          responses: { '204': { description: 'Deleted' }, ...errors(400, 401, 403, 404, 412) },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'Entra ID v2 access token (local mode: POST /api/dev/token)',
        },
      },
      schemas: {
        NewRequest: json(newRequestInputSchema),
        NewApproval: json(newApprovalInputSchema),
        SlaPreviewInput: json(
          newRequestInputSchema.pick({ toDepartmentId: true, typeId: true, priority: true }),
        ),
        Request: json(requestSchema, 'output'),
        Person: json(personSchema, 'output'),
        ...Object.fromEntries(actionNames.map((a) => [`Action_${a}`, json(actionBodySchemas[a])])),
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            instance: { type: 'string' },
            errors: {
              type: 'array',
              items: {
                type: 'object',
                properties: { path: { type: 'string' }, message: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  };
}

function pathParam(name: string) {
  return { name, in: 'path', required: true, schema: { type: 'string' } };
}
