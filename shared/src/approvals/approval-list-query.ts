/** Query of `GET /api/approvals`: the caller's box, an optional status filter, and paging. */
import { z } from 'zod';
import { approvalStatusSchema } from './approval-parts';

/** mine: the approvals I asked for; to-decide: those waiting for my decision now. */
export const approvalBoxes = ['mine', 'to-decide'] as const;

export const approvalListQuerySchema = z.strictObject({
  box: z.enum(approvalBoxes).default('to-decide'),
  /** "pending,approved" → ["pending", "approved"]. */
  status: z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== ''),
    )
    .pipe(z.array(approvalStatusSchema).min(1))
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  continuation: z.string().min(1).max(4000).optional(),
});
export type ApprovalListQuery = z.infer<typeof approvalListQuerySchema>;
export type ApprovalBox = ApprovalListQuery['box'];
