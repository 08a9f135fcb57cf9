/** Query of `GET /api/requests`: which box, optional filters, and continuation paging. */
import { z } from 'zod';
import { requestStatusSchema } from './request-status';

export const slaStates = ['on_track', 'warning', 'breached', 'met', 'paused'] as const;
export const slaStateSchema = z.enum(slaStates);

/** "a,b,c" in a query string → ["a","b","c"], each checked against the item schema. */
const csv = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== ''),
    )
    .pipe(z.array(item).min(1));

export const requestListQuerySchema = z.strictObject({
  box: z.enum(['inbox', 'outbox']).default('inbox'),
  status: csv(requestStatusSchema).optional(),
  sla: csv(slaStateSchema).optional(),
  /** Request type ids. */
  type: csv(z.string().min(1).max(128)).optional(),
  /** Branch ids of the requester (a filter for heads following their branches). */
  branch: csv(z.string().min(1).max(128)).optional(),
  /** Words of the title, case-insensitive. */
  q: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  continuation: z.string().min(1).max(4000).optional(),
});
export type RequestListQuery = z.infer<typeof requestListQuerySchema>;
