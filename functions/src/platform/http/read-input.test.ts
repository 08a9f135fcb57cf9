import { HttpRequest } from '@azure/functions';
import { ValidationFailed } from '@tandem/shared';
import { z } from 'zod';
import { parseParams, parseQuery, readJson } from './read-input';
import { PayloadTooLarge } from './payload-too-large';
import { toProblemJson } from './problem';

const bodySchema = z.strictObject({
  title: z.string().trim().min(1).max(10),
  priority: z.enum(['low', 'high']),
});

function post(body: string | undefined, headers: Record<string, string> = {}): HttpRequest {
  return new HttpRequest({
    method: 'POST',
    url: 'http://localhost/api/requests',
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: { string: body } }),
  });
}

async function failure(p: Promise<unknown>): Promise<ValidationFailed> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationFailed);
    return err as ValidationFailed;
  }
  throw new Error('expected a ValidationFailed');
}

describe('readJson', () => {
  it('returns the parsed, schema-checked body', async () => {
    await expect(readJson(post('{"title":" Hi ","priority":"low"}'), bodySchema)).resolves.toEqual({
      title: 'Hi',
      priority: 'low',
    });
  });

  it('reports every invalid field by path', async () => {
    const err = await failure(readJson(post('{"title":"","priority":"mid","x":1}'), bodySchema));
    expect(err.message).toBe('The body is not valid.');
    expect(err.issues.map((i) => i.path).sort()).toEqual(['', 'priority', 'title']);
  });

  it('rejects invalid JSON, an empty body and a non-JSON content type', async () => {
    expect((await failure(readJson(post('{"title":'), bodySchema))).message).toBe(
      'The body is not valid JSON.',
    );
    expect((await failure(readJson(post(undefined), bodySchema))).message).toBe(
      'A JSON body is required.',
    );
    const form = post('title=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect((await failure(readJson(form, bodySchema))).message).toMatch(/must be JSON/);
  });

  it('accepts a charset parameter and +json media types', async () => {
    const body = '{"title":"a","priority":"high"}';
    for (const type of ['application/json; charset=utf-8', 'application/merge-patch+json']) {
      await expect(readJson(post(body, { 'content-type': type }), bodySchema)).resolves.toEqual({
        title: 'a',
        priority: 'high',
      });
    }
  });

  it('rejects a body over the limit as too large (413), by actual size and by declared length', async () => {
    const big = JSON.stringify({ title: 'x'.repeat(200), priority: 'low' });
    const actual = readJson(post(big), bodySchema, 100);
    await expect(actual).rejects.toBeInstanceOf(PayloadTooLarge);
    await expect(actual).rejects.toThrow('The body is larger than 100 bytes.');
    const lying = post('{}', { 'content-length': '1000000' });
    await expect(readJson(lying, bodySchema, 100)).rejects.toBeInstanceOf(PayloadTooLarge);
    expect(toProblemJson(new PayloadTooLarge(100)).status).toBe(413);
  });

  it('counts bytes, not characters', async () => {
    const cyrillic = JSON.stringify({ title: 'Склад', priority: 'low' });
    expect(cyrillic.length).toBe(34);
    expect(Buffer.byteLength(cyrillic)).toBe(39);
    await expect(readJson(post(cyrillic), bodySchema, 36)).rejects.toThrow(/larger than 36/);
  });
});

describe('parseQuery and parseParams', () => {
  const querySchema = z.strictObject({
    box: z.enum(['inbox', 'outbox']),
    status: z.union([z.string(), z.array(z.string())]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  });

  it('turns the query string into checked values, repeated keys into arrays', () => {
    const req = new HttpRequest({
      method: 'GET',
      url: 'http://localhost/api/requests?box=inbox&status=new&status=acknowledged&limit=5',
    });
    expect(parseQuery(req, querySchema)).toEqual({
      box: 'inbox',
      status: ['new', 'acknowledged'],
      limit: 5,
    });
  });

  it('reports bad query values by name', () => {
    const req = new HttpRequest({
      method: 'GET',
      url: 'http://localhost/api/requests?box=x&limit=0',
    });
    try {
      parseQuery(req, querySchema);
      throw new Error('expected a ValidationFailed');
    } catch (err) {
      expect(err).toBeInstanceOf(ValidationFailed);
      expect((err as ValidationFailed).message).toBe('The query string is not valid.');
      expect((err as ValidationFailed).issues.map((i) => i.path).sort()).toEqual(['box', 'limit']);
    }
  });

  it('checks route params', () => {
    const schema = z.object({ id: z.string().regex(/^r-\d+$/), action: z.enum(['close']) });
    const ok = new HttpRequest({
      method: 'POST',
      url: 'http://localhost/api/requests/r-1/close',
      params: { id: 'r-1', action: 'close' },
    });
    expect(parseParams(ok, schema)).toEqual({ id: 'r-1', action: 'close' });
    const bad = new HttpRequest({
      method: 'POST',
      url: 'http://localhost/api/requests/x/fly',
      params: { id: 'x', action: 'fly' },
    });
    expect(() => parseParams(bad, schema)).toThrow('The address is not valid.');
  });
});
