/**
 * The directory's operations for the OpenAPI document: what every signed-in person reads (me,
 * the directory), the tenant administration and the local-only sign-in.
 */
import {
  devTokenDtoSchema,
  devTokenInputSchema,
  devUsersDtoSchema,
  directoryDtoSchema,
  meDtoSchema,
  tenantIdSchema,
} from '@tandem/shared';
import { z } from 'zod';
import { type OpenApiPiece, jsonBody, named } from '../../platform/http/openapi-operation';
import { adminIdSchema, adminKindSchema } from './admin-handlers';
import { directoryDocTypes } from '../../platform/cosmos/directory-store';

/**
 * An entry as the admin endpoints answer it: the kind's document as stored (in its tenant; the
 * calendar and SLA policy specs do not name one themselves) and its version.
 */
const adminEntrySchema = z.union(
  Object.values(directoryDocTypes).map((schema) =>
    schema.safeExtend({ tenantId: tenantIdSchema, etag: z.string().min(1) }),
  ),
);
const adminEntry = named('AdminEntry', adminEntrySchema);
const adminEntryFields = named(
  'AdminEntryFields',
  z
    .looseObject({})
    .describe(
      'The fields of the kind’s document (department, branch, person, calendar, request type or SLA policy); the id comes from the path and the tenant from the token.',
    ),
);
const entryPath = { kind: adminKindSchema, id: adminIdSchema };

export const directoryOpenApi: OpenApiPiece = {
  name: 'directory',
  operations: [
    {
      name: 'me',
      method: 'GET',
      route: 'me',
      summary: 'The caller, their department, branch and zone',
      responses: { 200: { description: 'The caller', body: named('Me', meDtoSchema) } },
      errors: [401, 403],
    },
    {
      name: 'directory',
      method: 'GET',
      route: 'directory',
      summary:
        'Departments, branches, request types and people of the caller’s tenant, for forms and filters',
      responses: {
        200: { description: 'The directory', body: named('Directory', directoryDtoSchema) },
      },
      errors: [401, 403],
    },
    {
      name: 'adminList',
      method: 'GET',
      route: 'admin/{kind}',
      summary: 'List directory entries (admin)',
      params: { kind: adminKindSchema },
      responses: {
        200: {
          description: 'The entries of the kind',
          body: named('AdminEntryList', z.object({ items: z.array(adminEntrySchema) })),
        },
      },
      errors: [400, 401, 403],
    },
    {
      name: 'adminPut',
      method: 'PUT',
      route: 'admin/{kind}/{id}',
      summary: 'Create (no If-Match) or replace (If-Match) a directory entry (admin)',
      params: entryPath,
      headers: [
        {
          name: 'If-Match',
          required: false,
          description: 'The ETag of the entry to replace; without it the entry is created.',
          schema: { type: 'string' },
        },
      ],
      body: jsonBody(adminEntryFields),
      responses: {
        200: { description: 'Replaced', body: adminEntry, etag: true },
        201: { description: 'Created', body: adminEntry, etag: true },
      },
      errors: [400, 401, 403, 409, 412],
    },
    {
      name: 'adminDelete',
      method: 'DELETE',
      route: 'admin/{kind}/{id}',
      summary: 'Delete a directory entry (admin, If-Match required)',
      params: entryPath,
      headers: [
        {
          name: 'If-Match',
          required: true,
          description: 'The entry’s ETag.',
          schema: { type: 'string' },
        },
      ],
      responses: { 204: { description: 'Deleted' } },
      errors: [400, 401, 403, 404, 409, 412],
    },
    {
      name: 'devUsers',
      method: 'GET',
      route: 'dev/users',
      summary: 'Local mode only: the demo people',
      public: true,
      responses: {
        200: { description: 'Demo people', body: named('DevUsers', devUsersDtoSchema) },
      },
    },
    {
      name: 'devToken',
      method: 'POST',
      route: 'dev/token',
      summary: 'Local mode only: a token of the local issuer for a demo person',
      public: true,
      body: jsonBody(named('DevTokenInput', devTokenInputSchema)),
      responses: {
        200: { description: 'A bearer token', body: named('DevToken', devTokenDtoSchema) },
      },
      errors: [400],
    },
  ],
};
