/**
 * Branded identifiers of approvals. The rule for ids is the one of domain/ids.ts (Cosmos forbids
 * '/', '\\', '?' and '#'; whitespace breaks URLs); that module does not export its base schema,
 * so the rule is stated here again, as meetings/meeting-ids.ts does.
 */
import { z } from 'zod';

const idString = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[^/\\?#\s]+$/, 'Ids may not contain /, \\, ?, # or whitespace.');

export const approvalIdSchema = idString.brand<'ApprovalId'>();
export const approvalEventIdSchema = idString.brand<'ApprovalEventId'>();

export type ApprovalId = z.infer<typeof approvalIdSchema>;
export type ApprovalEventId = z.infer<typeof approvalEventIdSchema>;
