/** What the rest of the tab may use of the approvals feature. */
export { approvalsPage } from './page';
export { approvalsPageId, useOpenApproval } from './open-approval';
