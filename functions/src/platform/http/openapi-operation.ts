/**
 * What a feature declares to document its routes: operations named, and with the method and
 * route template, exactly as in the route table, and the zod schemas of its shared contract for
 * the bodies. `assembleOpenApi` (openapi-document.ts) turns any list of pieces into the document.
 */
import type { HttpMethod } from '@azure/functions';
import type { z } from 'zod';
import type { JsonSchema, NamedSchema } from './openapi-schemas';

export { type NamedSchema, named } from './openapi-schemas';

export interface OpenApiResponse {
  readonly description: string;
  /** A JSON body, described by what the API answers. */
  readonly body?: NamedSchema;
  /** A body of another media type (an iCalendar file), with its JSON Schema. */
  readonly content?: { readonly mediaType: string; readonly schema: JsonSchema };
  /** The answer carries the aggregate's version in an ETag header. */
  readonly etag?: boolean;
}

export interface OpenApiHeader {
  readonly name: string;
  readonly required: boolean;
  readonly description: string;
  readonly schema: JsonSchema;
}

export interface OpenApiOperation {
  /** The route's name in the route table; the operationId. */
  readonly name: string;
  readonly method: HttpMethod;
  /** The Functions route template below `api/`, as in the route table: 'requests/{id}'. */
  readonly route: string;
  readonly summary: string;
  /** No bearer token needed. */
  readonly public?: boolean;
  /** Schemas of path parameters; a `{name}` of the route without one is any string. */
  readonly params?: Readonly<Record<string, z.ZodType>>;
  readonly query?: z.ZodObject;
  readonly headers?: readonly OpenApiHeader[];
  /** The JSON body it takes (described by what it accepts); several when the path picks one. */
  readonly body?:
    { readonly oneOf: readonly NamedSchema[]; readonly required: boolean } | undefined;
  readonly responses: Readonly<Record<number, OpenApiResponse>>;
  /** Statuses answered with a problem+json body. */
  readonly errors?: readonly number[];
}

export interface OpenApiPiece {
  /** What the piece documents, for messages ("requests", "health"). */
  readonly name: string;
  readonly operations: readonly OpenApiOperation[];
}

export interface OpenApiInfo {
  readonly title: string;
  readonly version: string;
  readonly description: string;
}

/** The body of a request that must come. */
export const jsonBody = (schema: NamedSchema) => ({ oneOf: [schema], required: true });

export const ifMatchHeader: OpenApiHeader = {
  name: 'If-Match',
  required: true,
  description: 'The ETag of the version the change is based on.',
  schema: { type: 'string' },
};
export const idempotencyKeyHeader: OpenApiHeader = {
  name: 'Idempotency-Key',
  required: false,
  description: 'A retry with the same key answers the first result (200) instead of a duplicate.',
  schema: { type: 'string', minLength: 1, maxLength: 200 },
};
