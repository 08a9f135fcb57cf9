/**
 * The SLA policy as it was when the request was created. Copied into the request so that later
 * edits of the tenant's policies never move the deadlines of requests already under way.
 * Field rules are the SLA engine's own (shared/src/sla/policy.ts), reused, not repeated.
 */
import { z } from 'zod';
import {
  type SlaPolicy,
  slaEscalationStepSchema,
  slaPolicySchema,
  warningThresholdsSchema,
} from '../sla/policy';
import { slaPolicyIdSchema } from '../kernel/ids';

const policyFields = slaPolicySchema.shape;

export const slaPolicySnapshotSchema = z.object({
  policyId: slaPolicyIdSchema,
  firstResponseMinutes: policyFields.firstResponseMinutes,
  resolutionMinutes: policyFields.resolutionMinutes,
  warningThresholds: warningThresholdsSchema,
  escalation: z.array(slaEscalationStepSchema),
});
export type SlaPolicySnapshot = z.infer<typeof slaPolicySnapshotSchema>;

/** The snapshot of a resolved policy, as `createRequest` expects it. */
export function toPolicySnapshot(policy: SlaPolicy): SlaPolicySnapshot {
  return slaPolicySnapshotSchema.parse({
    policyId: policy.id,
    firstResponseMinutes: policy.firstResponseMinutes,
    resolutionMinutes: policy.resolutionMinutes,
    warningThresholds: policy.warningThresholds,
    escalation: policy.escalation,
  });
}
