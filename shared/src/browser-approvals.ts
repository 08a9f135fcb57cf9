/**
 * What the tab's approvals page imports from the shared package: the approval contract and the
 * aggregate's schemas it builds on. Its own entry, so that these schemas load with the approvals
 * page and stay out of the tab's first bundle; the SLA engine (approval-clock) stays out of it.
 */
export * from './approvals/approval-ids';
export * from './approvals/approval-parts';
export * from './approvals/approval';
export * from './approvals/approval-contract';
