/**
 * Validated input from a request: JSON body (size-limited, schema-checked), query string and
 * route params. Every failure is a ValidationFailed with field paths, so it becomes a 400
 * problem+json (a body over the limit a PayloadTooLarge, 413), and the handler never sees
 * unchecked data.
 */
import type { HttpRequest } from '@azure/functions';
import { ValidationFailed } from '@tandem/shared';
import type { z } from 'zod';
import { PayloadTooLarge } from './payload-too-large';

// Decoding a whole body at once keeps no state between calls, so one decoder serves them all.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Default body limit: a request with a 4000-character description fits many times over. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export async function readJson<S extends z.ZodType>(
  req: HttpRequest,
  schema: S,
  maxBytes: number = DEFAULT_MAX_BODY_BYTES,
): Promise<z.infer<S>> {
  const contentType = req.headers.get('content-type');
  if (contentType && !/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType)) {
    throw new ValidationFailed('The body must be JSON (Content-Type: application/json).');
  }
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new PayloadTooLarge(maxBytes);
  const bytes = new Uint8Array(await req.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw new PayloadTooLarge(maxBytes);
  if (bytes.byteLength === 0) throw new ValidationFailed('A JSON body is required.');
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(bytes));
  } catch {
    throw new ValidationFailed('The body is not valid JSON.');
  }
  return parseWith(schema, value, 'The body is not valid.');
}

/** Query string as an object: a repeated key becomes an array, a single one a string. */
export function parseQuery<S extends z.ZodType>(req: HttpRequest, schema: S): z.infer<S> {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(req.query.keys())) {
    const values = req.query.getAll(key);
    raw[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return parseWith(schema, raw, 'The query string is not valid.');
}

export function parseParams<S extends z.ZodType>(req: HttpRequest, schema: S): z.infer<S> {
  return parseWith(schema, { ...req.params }, 'The address is not valid.');
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown, message: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw ValidationFailed.fromZod(result.error, message);
  return result.data;
}
