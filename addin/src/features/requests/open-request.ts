/** Opening a request from anywhere in the tab: the requests page shows, with it open. */
import { useCallback } from 'react';
import { usePage } from '../../app/page-context';

export const requestsPageId = 'requests';

export function useOpenRequest(): (requestId: string) => void {
  const { open } = usePage();
  return useCallback((requestId) => open(requestsPageId, requestId), [open]);
}
