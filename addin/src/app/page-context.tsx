/**
 * Which page shows, kept in the address hash so that the browser's back button and a reload
 * return to it; and a request to open on the requests page when another page links to one.
 */
import {
  type ReactNode,
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { useHost } from './host/host-context';
import { type PageId, hashOf, pageFromHash } from './page-ids';

export interface PageValue {
  readonly page: PageId;
  go: (page: PageId) => void;
  /** Shows the requests page with this request open. */
  openRequest: (requestId: string) => void;
  /** Shows the approvals page with this approval open. */
  openApproval: (approvalId: string) => void;
  /** The request another page asked to open, once. */
  readonly pendingRequestId: string | null;
  /** The approval another page asked to open, once. */
  readonly pendingApprovalId: string | null;
}

const PageContext = createContext<PageValue | null>(null);

export function PageProvider({ children }: { children: ReactNode }) {
  const host = useHost();
  // An approval deep link (a card's "Open in Tandem") opens the approvals page.
  const [page, setPage] = useState<PageId>(() =>
    host.openApprovalId && !/^#\/?[a-z]/.test(location.hash)
      ? 'approvals'
      : pageFromHash(location.hash),
  );
  const [pendingRequestId, setPending] = useState<string | null>(null);
  const [pendingApprovalId, setPendingApproval] = useState<string | null>(null);
  useEffect(() => {
    const onHash = () => setPage(pageFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = useCallback((next: PageId) => {
    if (location.hash !== hashOf(next)) location.hash = hashOf(next);
    if (next !== 'requests') setPending(null);
    if (next !== 'approvals') setPendingApproval(null);
    setPage(next);
  }, []);
  const openRequest = useCallback(
    (requestId: string) => {
      setPending(requestId);
      go('requests');
    },
    [go],
  );
  const openApproval = useCallback(
    (approvalId: string) => {
      setPendingApproval(approvalId);
      go('approvals');
    },
    [go],
  );
  const value = useMemo(
    () => ({ page, go, openRequest, openApproval, pendingRequestId, pendingApprovalId }),
    [page, go, openRequest, openApproval, pendingRequestId, pendingApprovalId],
  );
  return <PageContext.Provider value={value}>{children}</PageContext.Provider>;
}

export function usePage(): PageValue {
  const value = useContext(PageContext);
  if (!value) throw new Error('usePage needs a PageProvider above it.');
  return value;
}
