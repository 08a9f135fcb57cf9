/**
 * SLA policies: targets in business minutes of the responding department's calendar, warning
 * thresholds and the escalation chain, chosen per request type × priority × department (each
 * may be '*'). Objects are not strict: documents read from Cosmos carry extra fields (tenantId,
 * docType) that are dropped here.
 */
import { z } from 'zod';

export const DEFAULT_WARNING_THRESHOLDS: readonly number[] = Object.freeze([50, 75, 90]);

export const slaNotifyTargets = [
  'responder-head',
  'requester-head',
  'executive',
  'assignee',
] as const;
export type SlaNotifyTarget = (typeof slaNotifyTargets)[number];

export const slaPolicyPriorities = ['low', 'normal', 'high', 'urgent', '*'] as const;

export const slaEscalationStepSchema = z.object({
  /** Percent of the target used; 100 is the breach, more is "still not done after …". */
  atPercent: z.number().positive().max(1000),
  notify: z.enum(slaNotifyTargets),
});
export type SlaEscalationStep = z.infer<typeof slaEscalationStepSchema>;

/** Ascending percents strictly between 0 and 100 (100 is the breach itself). */
export const warningThresholdsSchema = z
  .array(z.number().gt(0).lt(100))
  .max(10)
  .refine((t) => t.every((p, i) => i === 0 || p > (t[i - 1] ?? 0)), 'Thresholds must ascend.');

// At most a year of business minutes: anything longer is a typo, not a service level.
const targetMinutes = z.number().positive().max(525_600);

export const slaPolicySchema = z
  .object({
    id: z.string().min(1).max(200),
    requestTypeId: z.string().min(1).max(200),
    priority: z.enum(slaPolicyPriorities),
    departmentId: z.string().min(1).max(200),
    firstResponseMinutes: targetMinutes,
    resolutionMinutes: targetMinutes,
    warningThresholds: warningThresholdsSchema.default([...DEFAULT_WARNING_THRESHOLDS]),
    escalation: z.array(slaEscalationStepSchema).max(20).default([]),
  })
  .superRefine((policy, ctx) => {
    if (policy.resolutionMinutes < policy.firstResponseMinutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['resolutionMinutes'],
        message: 'Resolution cannot be due before the first response.',
      });
    }
    const steps = new Set<string>();
    policy.escalation.forEach((step, i) => {
      const key = `${step.atPercent}:${step.notify}`;
      if (steps.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['escalation', i], message: 'Duplicate step.' });
      }
      steps.add(key);
    });
  });

export type SlaPolicy = z.output<typeof slaPolicySchema>;
export type SlaPolicyInput = z.input<typeof slaPolicySchema>;

/** A tenant's policies: unique ids, and no two policies for the same type × priority × department. */
export const slaPolicyListSchema = z.array(slaPolicySchema).superRefine((policies, ctx) => {
  const ids = new Set<string>();
  const selectors = new Set<string>();
  policies.forEach((p, i) => {
    const selector = `${p.requestTypeId}\n${p.priority}\n${p.departmentId}`;
    if (ids.has(p.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'Duplicate id.' });
    if (selectors.has(selector)) {
      ctx.addIssue({
        code: 'custom',
        path: [i],
        message: 'Another policy already covers this request type, priority and department.',
      });
    }
    ids.add(p.id);
    selectors.add(selector);
  });
});
