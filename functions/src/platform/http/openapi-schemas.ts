/**
 * zod → JSON Schema for the OpenAPI document (zod v4's `z.toJSONSchema`, draft 2020-12, which
 * OpenAPI 3.1 uses as is). Request bodies are described by what they accept (`io: 'input'`:
 * defaults optional), responses by what the API answers (`io: 'output'`). A transform that
 * keeps the shape (a sorted list, a blank comment dropped) has no JSON Schema of its own, so it
 * is described by the schema it transforms.
 */
import { z } from 'zod';

export type JsonSchema = Record<string, unknown>;
export type SchemaSide = 'input' | 'output';

/** A body schema under the name it gets in `#/components/schemas`. */
export interface NamedSchema {
  readonly name: string;
  readonly schema: z.ZodType;
}

export const named = (name: string, schema: z.ZodType): NamedSchema => ({ name, schema });
export const componentRef = (name: string): JsonSchema => ({
  $ref: `#/components/schemas/${name}`,
});

type Override = NonNullable<NonNullable<Parameters<typeof z.toJSONSchema>[1]>['override']>;

const describeTransformsByTheirInput: Override = ({ zodSchema, jsonSchema }) => {
  const def = zodSchema._zod.def;
  if (def.type !== 'pipe' || def.out._zod.def.type !== 'transform') return;
  const inner = z.toJSONSchema(def.in, {
    io: 'output',
    unrepresentable: 'any',
    override: describeTransformsByTheirInput,
  }) as JsonSchema;
  for (const key of Object.keys(jsonSchema)) delete (jsonSchema as JsonSchema)[key];
  Object.assign(jsonSchema, withoutDocumentKeys(inner));
};

const options = (io: SchemaSide) => ({
  io,
  unrepresentable: 'any' as const,
  override: describeTransformsByTheirInput,
});

/** `$schema` and `$id` belong to a standalone document, not to a component. */
function withoutDocumentKeys(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/**
 * The components of every named schema, one side each: a schema named on one side is a `$ref`
 * wherever another schema of that side contains it. A name stands for one schema only.
 */
export function toComponents(schemas: ReadonlyMap<string, NamedSchema & { side: SchemaSide }>) {
  const registries = { input: z.registry<{ id: string }>(), output: z.registry<{ id: string }>() };
  for (const { name, schema, side } of schemas.values()) {
    const known = registries[side].get(schema);
    if (known) throw new Error(`One ${side} schema is named both ${known.id} and ${name}.`);
    registries[side].add(schema, { id: name });
  }
  const out: Record<string, JsonSchema> = {};
  for (const side of ['input', 'output'] as const) {
    const converted = z.toJSONSchema(registries[side], {
      ...options(side),
      uri: (id) => `#/components/schemas/${id}`,
    }) as { schemas: Record<string, JsonSchema> };
    for (const [name, schema] of Object.entries(converted.schemas)) {
      out[name] = withoutDocumentKeys(schema);
    }
  }
  return out;
}

/** One field of a query or a path, as a parameter's schema (parameters arrive as text). */
export function parameterSchema(schema: z.ZodType): JsonSchema {
  return withoutDocumentKeys(z.toJSONSchema(schema, options('input')));
}

/** The query parameters of a zod object: its keys, each required unless it may be left out. */
export function queryParameters(query: z.ZodObject) {
  return Object.entries(query.shape).map(([name, field]) => ({
    name,
    in: 'query',
    required: !(field as z.ZodType).safeParse(undefined).success,
    schema: parameterSchema(field as z.ZodType),
  }));
}
