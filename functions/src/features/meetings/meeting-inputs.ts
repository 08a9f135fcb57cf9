/**
 * The parse step every body of the meetings API shares; the bodies' schemas are the shared
 * meeting contract's (`@tandem/shared`, meetings/meeting-contract.ts).
 */
import { ValidationFailed } from '@tandem/shared';
import type { z } from 'zod';

export function parseBody<S extends z.ZodType>(
  schema: S,
  body: unknown,
  what: string,
): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw ValidationFailed.fromZod(parsed.error, `The ${what} is not valid.`);
  return parsed.data;
}
