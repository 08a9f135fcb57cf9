/** The approvals feature's public face: what the root and other features may use. */
export { type ApprovalsFeature, approvalsModule } from './module';
export type { ApprovalStore, StoredApproval } from './approval-store';
export { canViewApproval } from './approval-access';
export { approvalCardOf, approvalCardViewOf } from './chat/approval-card-view';
export { alertOf as approvalAlertOf } from './chat/approval-alert-notifier';
export { approvalAlertCard } from './cards/approval-alert-card';
export type { ApprovalAlertSweepReport } from './sweep-approval-alerts';
