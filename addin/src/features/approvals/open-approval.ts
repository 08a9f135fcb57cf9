/** Opening an approval from anywhere in the tab: the approvals page shows, with it open. */
import { useCallback } from 'react';
import { usePage } from '../../app/page-context';

export const approvalsPageId = 'approvals';

export function useOpenApproval(): (approvalId: string) => void {
  const { open } = usePage();
  return useCallback((approvalId) => open(approvalsPageId, approvalId), [open]);
}
