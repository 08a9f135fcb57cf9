/**
 * The OpenAPI 3.1 document of the API, assembled from pieces: each feature declares its
 * operations beside its routes (openapi-operation.ts) with the zod schemas of its shared
 * contract, and `assembleOpenApi` turns any list of pieces into one document whose bodies are
 * components (openapi-schemas.ts). A piece knows nothing of the others, so the list can come
 * from the module declarations (main.ts collects them).
 */
import { z } from 'zod';
import type { OpenApiInfo, OpenApiOperation, OpenApiPiece } from './openapi-operation';
import {
  type JsonSchema,
  type NamedSchema,
  type SchemaSide,
  componentRef,
  named,
  parameterSchema,
  queryParameters,
  toComponents,
} from './openapi-schemas';

/** RFC 9457 problem details, as problem.ts writes them. */
const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** Routes are served below `/api`, the document's one server. */
const API_BASE = '/api';

export function assembleOpenApi(info: OpenApiInfo, pieces: readonly OpenApiPiece[]) {
  const schemas = new Map<string, NamedSchema & { side: SchemaSide }>();
  const use = ({ name, schema }: NamedSchema, side: SchemaSide) => {
    const known = schemas.get(name);
    if (known && (known.schema !== schema || known.side !== side)) {
      throw new Error(`Two schemas are named ${name} in the OpenAPI document.`);
    }
    schemas.set(name, { name, schema, side });
    return componentRef(name);
  };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const piece of pieces) {
    for (const op of piece.operations) {
      const path = `/${op.route}`;
      const method = op.method.toLowerCase();
      const item = (paths[path] ??= {});
      if (item[method]) {
        throw new Error(`${op.method} ${path} is documented twice (${piece.name}).`);
      }
      item[method] = toOperation(op, use);
    }
  }
  use(named('Problem', problemSchema), 'output');
  return {
    openapi: '3.1.0',
    info,
    servers: [{ url: API_BASE }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'Entra ID v2 access token (local mode: POST /api/dev/token)',
        },
      },
      schemas: toComponents(schemas),
    },
  };
}
export type OpenApiDocument = ReturnType<typeof assembleOpenApi>;

function toOperation(op: OpenApiOperation, use: (s: NamedSchema, side: SchemaSide) => JsonSchema) {
  const pathParams = [...op.route.matchAll(/\{(\w+)\}/g)].map(([, name = '']) => ({
    name,
    in: 'path',
    required: true,
    schema: op.params?.[name] ? parameterSchema(op.params[name]) : { type: 'string' },
  }));
  const parameters = [
    ...pathParams,
    ...(op.query ? queryParameters(op.query) : []),
    ...(op.headers ?? []).map((h) => ({ ...h, in: 'header' })),
  ];
  const responses: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(op.responses)) {
    const content = r.body
      ? { 'application/json': { schema: use(r.body, 'output') } }
      : r.content
        ? { [r.content.mediaType]: { schema: r.content.schema } }
        : undefined;
    responses[status] = {
      description: r.description,
      ...(r.etag
        ? { headers: { ETag: { description: 'The version', schema: { type: 'string' } } } }
        : {}),
      ...(content ? { content } : {}),
    };
  }
  for (const status of op.errors ?? []) responses[String(status)] = problemResponse;
  const bodies = op.body?.oneOf.map((s) => use(s, 'input')) ?? [];
  return {
    operationId: op.name,
    summary: op.summary,
    ...(op.public ? { security: [] } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: op.body.required,
            content: {
              'application/json': { schema: bodies.length === 1 ? bodies[0] : { oneOf: bodies } },
            },
          },
        }
      : {}),
    responses,
  };
}

const problemResponse = {
  description: 'RFC 9457 problem details',
  content: { 'application/problem+json': { schema: componentRef('Problem') } },
};

/** The whole API's document (served at /api/openapi.json), from the modules' pieces. */
export function makeOpenApiDocument(
  version: string,
  pieces: readonly OpenApiPiece[],
  description = 'Tandem: the departments of a company working as one.',
) {
  return assembleOpenApi(
    {
      title: 'Tandem API',
      version,
      description,
    },
    pieces,
  );
}
