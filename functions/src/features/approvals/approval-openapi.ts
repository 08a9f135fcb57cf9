/** The /api/approvals operations for the OpenAPI document, from the shared approval contract. */
import {
  approvalActionBodySchemas,
  approvalActionNameSchema,
  approvalActionNames,
  approvalDtoSchema,
  approvalIdSchema,
  approvalListQuerySchema,
  approvalPageSchema,
  newApprovalInputSchema,
} from '@tandem/shared';
import {
  type OpenApiPiece,
  idempotencyKeyHeader,
  ifMatchHeader,
  jsonBody,
  named,
} from '../../platform/http/openapi-operation';

const approval = named('Approval', approvalDtoSchema);
const id = { id: approvalIdSchema };

export const approvalOpenApi: OpenApiPiece = {
  name: 'approvals',
  operations: [
    {
      name: 'listApprovals',
      method: 'GET',
      route: 'approvals',
      summary: 'Approvals: box=mine (raised by the caller) or box=to-decide (awaiting the caller)',
      query: approvalListQuerySchema,
      responses: {
        200: {
          description: 'A page of approvals',
          body: named('ApprovalPage', approvalPageSchema),
        },
      },
      errors: [400, 401, 403],
    },
    {
      name: 'createApproval',
      method: 'POST',
      route: 'approvals',
      summary: 'Ask for an approval (sequential, all-of or any-of approvers)',
      headers: [idempotencyKeyHeader],
      body: jsonBody(named('NewApproval', newApprovalInputSchema)),
      responses: {
        201: { description: 'The approval', body: approval, etag: true },
        200: {
          description: 'Replay of an Idempotency-Key: the approval it created',
          body: approval,
          etag: true,
        },
      },
      errors: [400, 401, 403, 409],
    },
    {
      name: 'getApproval',
      method: 'GET',
      route: 'approvals/{id}',
      summary: 'One approval with its trail and SLA',
      params: id,
      responses: { 200: { description: 'The approval', body: approval, etag: true } },
      errors: [400, 401, 403, 404],
    },
    {
      name: 'approvalAction',
      method: 'POST',
      route: 'approvals/{id}/{action}',
      summary: 'approve, reject (comment required) or cancel (the requester)',
      params: { ...id, action: approvalActionNameSchema },
      headers: [ifMatchHeader],
      // Approve and cancel need no input, so they may come without a body.
      body: {
        required: false,
        oneOf: approvalActionNames.map((a) =>
          named(`ApprovalAction_${a}`, approvalActionBodySchemas[a]),
        ),
      },
      responses: {
        200: { description: 'The approval after the decision', body: approval, etag: true },
      },
      errors: [400, 401, 403, 404, 409, 412],
    },
  ],
};
