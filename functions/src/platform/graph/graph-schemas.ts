/**
 * What every Graph v1.0 answer shares, as zod schemas: collection pages. The schemas of the
 * resources a feature reads live with that feature.
 */
import { z } from 'zod';

/** A collection page: `value` plus the link to the next page when there is one. */
export function graphPageSchema<T>(item: z.ZodType<T>) {
  return z.object({
    value: z.array(item),
    '@odata.nextLink': z.url().optional(),
  });
}
