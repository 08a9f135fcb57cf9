/**
 * The OpenAPI 3.1 document of the API, generated from the same zod schemas that validate the
 * requests (zod's own JSON Schema output is draft 2020-12, which OpenAPI 3.1 uses as is).
 */
import {
  actionBodySchemas,
  actionNames,
  agendaOrderInputSchema,
  cancelMeetingInputSchema,
  meetingSeriesChangesSchema,
  minutesInputSchema,
  newAgendaItemInputSchema,
  newMeetingSeriesInputSchema,
  newApprovalInputSchema,
  newRequestInputSchema,
  personSchema,
  requestListQuerySchema,
  requestSchema,
  suggestTimesInputSchema,
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
const okMeeting = {
  description: 'The meeting (MeetingView), with its version in ETag',
  content: { 'application/json': { schema: { type: 'object' } } },
};
const ifMatchHeader = {
  name: 'If-Match',
  in: 'header',
  required: true,
  schema: { type: 'string' },
};
/** A write to an existing meeting: If-Match required, the meeting answered. */
const meetingWrite = (summary: string, body?: string, created = false) => ({
  summary,
  parameters: [pathParam('id'), ifMatchHeader],
  ...(body ? { requestBody: requestBody(body) } : {}),
  responses: {
    [created ? '201' : '200']: okMeeting,
    ...errors(400, 401, 403, 404, 409, 412, 428),
  },
});
const agendaDecision = (summary: string) => ({
  ...meetingWrite(summary),
  parameters: [pathParam('id'), pathParam('itemId'), ifMatchHeader],
});

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
      description:
        'Inter-department requests with business-time SLAs, approvals and joint planning meetings.',
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
      '/meetings': {
        get: {
          summary: 'Joint planning meetings the caller may see, active first',
          responses: { '200': { description: '{ items: MeetingView[] }' }, ...errors(401, 403) },
        },
        post: {
          summary: 'Schedule a joint planning meeting (heads, executives, admins)',
          parameters: [
            { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string' } },
          ],
          requestBody: requestBody('NewMeetingSeries'),
          responses: {
            '201': okMeeting,
            '200': { description: 'Replay of an Idempotency-Key' },
            ...errors(400, 401, 403, 409),
          },
        },
      },
      '/meetings/suggest-times': {
        post: {
          summary:
            'Slots inside every department’s working hours where the organiser and required attendees are free',
          requestBody: requestBody('SuggestMeetingTimes'),
          responses: {
            '200': { description: '{ slots: [{ start, end }] }' },
            ...errors(400, 401, 403, 502, 503),
          },
        },
      },
      '/meetings/{id}': {
        get: {
          summary: 'One meeting: series, agenda with suggestions, calendar state, minutes',
          parameters: [pathParam('id')],
          responses: { '200': okMeeting, ...errors(400, 401, 403, 404) },
        },
        patch: meetingWrite(
          'Change time, people or title; queues one calendar update',
          'MeetingSeriesChanges',
        ),
      },
      '/meetings/{id}/cancel': {
        post: meetingWrite('Cancel the series; queues the calendar cancel', 'CancelMeeting'),
      },
      '/meetings/{id}/items': {
        post: meetingWrite('Propose an agenda item (anyone who may see it)', 'NewAgendaItem', true),
      },
      '/meetings/{id}/items/{itemId}/accept': {
        post: agendaDecision('Accept a proposed item or a suggestion shown in the view'),
      },
      '/meetings/{id}/items/{itemId}/dismiss': {
        post: agendaDecision('Dismiss a proposed item or a suggestion shown in the view'),
      },
      '/meetings/{id}/order': {
        put: meetingWrite('Order the agenda (every item not dismissed, once)', 'AgendaOrder'),
      },
      '/meetings/{id}/minutes': {
        post: meetingWrite(
          'Record the minutes: action items become requests, unfinished items carry over',
          'MeetingMinutes',
        ),
      },
      '/meetings/{id}/invite.ics': {
        get: {
          summary: 'The invitation as iCalendar (METHOD:REQUEST, or CANCEL once cancelled)',
          parameters: [pathParam('id')],
          responses: {
            '200': { description: 'text/calendar', content: { 'text/calendar': {} } },
            ...errors(400, 401, 403, 404),
          },
        },
      },
      '/cards': {
        get: {
          summary:
            'Card preview: the adaptive cards the bot would show the caller now (requests, approvals, SLA alerts), as they would see them',
          parameters: [
            { name: 'locale', in: 'query', required: false, schema: { type: 'string' } },
          ],
          responses: {
            '200': { description: '{ cards: [{ id, kind, subjectId, title, card }] }' },
            ...errors(400, 401, 403),
          },
        },
      },
      '/cards/action': {
        post: {
          summary:
            'Card preview: an Action.Execute click as the caller, through the bot’s own card action handler',
          parameters: [
            { name: 'locale', in: 'query', required: false, schema: { type: 'string' } },
          ],
          requestBody: requestBody('CardClick'),
          responses: {
            '200': {
              description:
                'The Universal Actions response { statusCode, type, value }: a refreshed card or a typed error',
            },
            ...errors(400, 401, 403),
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
        NewMeetingSeries: json(newMeetingSeriesInputSchema),
        MeetingSeriesChanges: json(meetingSeriesChangesSchema),
        CancelMeeting: json(cancelMeetingInputSchema),
        NewAgendaItem: json(newAgendaItemInputSchema),
        AgendaOrder: json(agendaOrderInputSchema),
        MeetingMinutes: json(minutesInputSchema),
        SuggestMeetingTimes: json(suggestTimesInputSchema),
        ...Object.fromEntries(actionNames.map((a) => [`Action_${a}`, json(actionBodySchemas[a])])),
        CardClick: {
          type: 'object',
          required: ['verb', 'data'],
          additionalProperties: false,
          properties: {
            verb: { type: 'string', maxLength: 100 },
            data: { type: 'object', description: 'The action’s data merged with the inputs' },
          },
        },
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
