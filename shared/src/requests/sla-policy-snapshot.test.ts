import { slaPolicySchema } from '../sla/policy';
import { slaPolicySnapshotSchema, toPolicySnapshot } from './sla-policy-snapshot';

describe('SLA policy snapshot', () => {
  it('copies the targets, thresholds and escalation of the resolved policy', () => {
    const policy = slaPolicySchema.parse({
      id: 'marketing-urgent',
      requestTypeId: '*',
      priority: 'urgent',
      departmentId: 'marketing',
      firstResponseMinutes: 60,
      resolutionMinutes: 480,
      escalation: [{ atPercent: 100, notify: 'responder-head' }],
    });
    expect(toPolicySnapshot(policy)).toEqual({
      policyId: 'marketing-urgent',
      firstResponseMinutes: 60,
      resolutionMinutes: 480,
      warningThresholds: [50, 75, 90],
      escalation: [{ atPercent: 100, notify: 'responder-head' }],
    });
  });

  it('refuses a snapshot with a non-positive target or thresholds out of order', () => {
    const snapshot = {
      policyId: 'p',
      firstResponseMinutes: 60,
      resolutionMinutes: 480,
      warningThresholds: [50, 75],
      escalation: [],
    };
    expect(slaPolicySnapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(slaPolicySnapshotSchema.safeParse({ ...snapshot, resolutionMinutes: 0 }).success).toBe(
      false,
    );
    expect(
      slaPolicySnapshotSchema.safeParse({ ...snapshot, warningThresholds: [75, 50] }).success,
    ).toBe(false);
  });
});
