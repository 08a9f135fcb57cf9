/**
 * The OpenAPI document as the composed app assembles it from its modules (no server needed: the
 * Cosmos client is made but never called), and the assembler on small pieces.
 */
import { CosmosClient } from '@azure/cosmos';
import { z } from 'zod';
import { loadConfig } from '../../../functions/src/config';
import { composeApp } from '../../../functions/src/main';
import { loadBotConfig } from '../../../functions/src/platform/teams/bot-config';
import {
  assembleOpenApi,
  makeOpenApiDocument,
} from '../../../functions/src/platform/http/openapi-document';
import {
  type OpenApiPiece,
  jsonBody,
  named,
} from '../../../functions/src/platform/http/openapi-operation';
import {
  makeSchemaChecker,
  operationsOf,
} from '../../../functions/src/platform/http/testing/openapi-check';

const config = loadConfig({ PORT: '0', COSMOS_LOCAL_PORT: '0' });
const composed = composeApp(config, {
  client: new CosmosClient({ endpoint: 'https://127.0.0.1:9', key: 'bm90LWEta2V5' }),
  tokenValidator: { validate: () => Promise.reject(new Error('not used')) },
  bot: { config: loadBotConfig({}, config) },
});
const doc = makeOpenApiDocument('1.2.3', composed.openApiPieces);
const schemas = doc.components.schemas as Record<string, Record<string, unknown>>;

describe('the OpenAPI document of the API', () => {
  it('is OpenAPI 3.1, of the version it is made for, served below /api', () => {
    expect(doc).toMatchObject({ openapi: '3.1.0', info: { version: '1.2.3' } });
    expect(doc.servers).toEqual([{ url: '/api' }]);
  });

  it('answers every 2xx of every operation with a content schema (a 204 has no body)', () => {
    const ops = operationsOf(doc);
    expect(ops.length).toBeGreaterThanOrEqual(34);
    const missing = ops.flatMap((op) =>
      Object.entries(op.responses)
        .filter(([status]) => /^2\d\d$/.test(status))
        .filter(([status, r]) => {
          const media = Object.values(r.content ?? {});
          if (status === '204') return media.length > 0;
          return media.length === 0 || media.some((m) => typeof m.schema !== 'object');
        })
        .map(([status]) => `${op.method} ${op.path} ${status}`),
    );
    expect(missing).toEqual([]);
    const successes = ops.map((op) => Object.keys(op.responses).filter((s) => /^2/.test(s)));
    expect(successes.every((s) => s.length > 0)).toBe(true);
  });

  it('gives every operation a distinct operationId', () => {
    const ids = operationsOf(doc).map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('resolves every $ref to a component, each a JSON Schema that ajv compiles', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)];
    expect(refs.map((m) => m[1]).filter((name = '') => !(name in schemas))).toEqual([]);
    const checker = makeSchemaChecker(doc);
    const broken = Object.keys(schemas).filter((name) => !checker.compile(name));
    expect(broken).toEqual([]);
  });

  it('describes a body by what it accepts and an answer by what comes back', () => {
    // A default may be left out of a body; the answer always has the field.
    expect(schemas.NewApproval?.required).not.toContain('description');
    expect(schemas.Approval?.required).toContain('description');
    expect(schemas.NewRequest).toMatchObject({ properties: { title: { maxLength: 200 } } });
    // A transform that keeps the shape (weekdays sorted) is described by what it transforms.
    expect(schemas.Meeting).toMatchObject({
      properties: {
        series: {
          properties: {
            recurrence: {
              properties: { weekdays: { items: { type: 'integer', minimum: 1, maximum: 7 } } },
            },
          },
        },
      },
    });
    const checker = makeSchemaChecker(doc);
    const page = { $ref: '#/components/schemas/RequestPage' };
    expect(checker.check(page, { items: [], continuation: null })).toEqual([]);
    expect(checker.check(page, { items: [{ id: 'r-1' }], continuation: null })).not.toEqual([]);
  });
});

describe('assembleOpenApi', () => {
  const info = { title: 'T', version: '1', description: 'd' };
  const thing = named('Thing', z.object({ id: z.string(), tags: z.array(z.string()).default([]) }));
  const piece: OpenApiPiece = {
    name: 'things',
    operations: [
      {
        name: 'listThings',
        method: 'GET',
        route: 'things',
        summary: 'All things',
        query: z.strictObject({ limit: z.coerce.number().int().max(10).default(5) }),
        responses: {
          200: {
            description: 'Things',
            body: named('ThingList', z.object({ items: z.array(thing.schema) })),
          },
        },
      },
      {
        name: 'putThing',
        method: 'PUT',
        route: 'things/{id}',
        summary: 'One thing',
        params: { id: z.string().min(3) },
        body: jsonBody(named('NewThing', thing.schema)),
        responses: { 200: { description: 'The thing', body: thing, etag: true } },
        errors: [404],
      },
    ],
  };

  it('turns pieces into paths with parameters, and bodies into shared components', () => {
    const out = assembleOpenApi(info, [piece]);
    expect(Object.keys(out.paths)).toEqual(['/things', '/things/{id}']);
    const put = out.paths['/things/{id}']?.put as Record<string, unknown>;
    expect(put).toMatchObject({
      operationId: 'putThing',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { minLength: 3 } }],
      requestBody: {
        content: { 'application/json': { schema: { $ref: '#/components/schemas/NewThing' } } },
      },
      responses: {
        200: {
          headers: { ETag: {} },
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
        },
        404: {
          content: {
            'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
          },
        },
      },
    });
    expect(out.paths['/things']?.get).toMatchObject({
      parameters: [
        { name: 'limit', in: 'query', required: false, schema: { type: 'integer', default: 5 } },
      ],
    });
    const components = out.components.schemas as Record<string, Record<string, unknown>>;
    // The list's items are the answer's own component; the body's defaults are optional.
    expect(components.ThingList).toMatchObject({
      properties: { items: { items: { $ref: '#/components/schemas/Thing' } } },
    });
    expect(components.NewThing?.required).toEqual(['id']);
    expect(components.Thing?.required).toEqual(['id', 'tags']);
    expect(Object.keys(components).sort()).toEqual(['NewThing', 'Problem', 'Thing', 'ThingList']);
  });

  it('refuses two schemas under one name, and an operation documented twice', () => {
    const renamed: OpenApiPiece = {
      name: 'other',
      operations: [
        {
          ...piece.operations[0]!,
          route: 'others',
          responses: { 200: { description: 'x', body: named('Thing', z.string()) } },
        },
      ],
    };
    expect(() => assembleOpenApi(info, [piece, renamed])).toThrow(/named Thing/);
    expect(() => assembleOpenApi(info, [piece, piece])).toThrow(/GET \/things is documented twice/);
  });
});
