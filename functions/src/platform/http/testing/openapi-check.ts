/**
 * Tests only: walks an OpenAPI document (its operations, their answers) and checks a real answer
 * against the schema the document gives it, with ajv's JSON Schema 2020-12 (the dialect of
 * OpenAPI 3.1 and of zod's output), formats included.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

interface MediaType {
  readonly schema?: unknown;
}
interface Response {
  readonly description?: string;
  readonly content?: Readonly<Record<string, MediaType>>;
}
export interface OpenApiLike {
  readonly servers?: readonly { readonly url: string }[];
  readonly paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly components: { readonly schemas: Readonly<Record<string, unknown>> };
}

export interface DocumentedOperation {
  /** Upper case, as in the route table. */
  readonly method: string;
  /** The path as the document writes it, below the server's URL: '/requests/{id}'. */
  readonly path: string;
  readonly operationId: string;
  readonly responses: Readonly<Record<string, Response>>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function operationsOf(doc: OpenApiLike): DocumentedOperation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => {
        const { operationId, responses } = op as Omit<DocumentedOperation, 'method' | 'path'>;
        return { method: method.toUpperCase(), path, operationId, responses };
      }),
  );
}

const DOCUMENT_ID = 'https://tandem.invalid/openapi.json';

/** Checks values against the document's schemas; a `#/components/…` ref resolves in the document. */
export function makeSchemaChecker(doc: OpenApiLike) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addKeyword('components');
  ajv.addSchema({ $id: DOCUMENT_ID, components: doc.components });
  const absolute = (schema: unknown): object =>
    typeof schema === 'object' && schema !== null && '$ref' in schema
      ? { ...schema, $ref: `${DOCUMENT_ID}${String(schema.$ref)}` }
      : (schema as object);
  return {
    /** The problems of `value` against `schema` (empty when it conforms), readable in a diff. */
    check(schema: unknown, value: unknown): string[] {
      const validate = ajv.compile(absolute(schema));
      if (validate(value)) return [];
      return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
    },
    /** Compiles a component, so that an invalid schema fails loudly. */
    compile(name: string) {
      return ajv.getSchema(`${DOCUMENT_ID}#/components/schemas/${name}`);
    },
  };
}

/** The schema the document gives the answer of an operation with that status and media type. */
export function documentedSchema(
  doc: OpenApiLike,
  method: string,
  path: string,
  status: number,
  mediaType = 'application/json',
): unknown {
  const op = operationsOf(doc).find((o) => o.method === method && o.path === path);
  if (!op) throw new Error(`The document has no ${method} ${path}.`);
  const schema = op.responses[String(status)]?.content?.[mediaType]?.schema;
  if (schema === undefined) {
    throw new Error(`${method} ${path} documents no ${mediaType} answer with ${status}.`);
  }
  return schema;
}
