/**
 * One approval, fresh from the API; its ETag is what a decision is checked against. A decision
 * that loses a race (412) reloads the approval and reports the conflict instead of failing.
 */
import { useCallback, useEffect, useState } from 'react';
import { ApiProblem } from '../../app/api/api-problem';
import type { ApprovalActionName, ApprovalDto } from '@tandem/shared/approvals';
import { useApprovalsApi } from './api';

export type DecideOutcome =
  | { readonly kind: 'done'; readonly approval: ApprovalDto }
  | { readonly kind: 'conflict'; readonly approval: ApprovalDto }
  | { readonly kind: 'failed'; readonly error: unknown };

/** `freshness` changes when the approval may have changed elsewhere: it is fetched again then. */
export function useApprovalDetail(approvalId: string, freshness: string) {
  const api = useApprovalsApi();
  const [approval, setApproval] = useState<ApprovalDto | null>(null);
  // A failure belongs to the fetch that met it: a fresher fetch starts without it.
  const [failure, setFailure] = useState<{ freshness: string; error: unknown } | null>(null);
  const error = failure?.freshness === freshness ? failure.error : null;

  useEffect(() => {
    let live = true;
    api.get(approvalId).then(
      (a) => live && setApproval(a),
      (e: unknown) => live && setFailure({ freshness, error: e }),
    );
    return () => void (live = false);
  }, [api, approvalId, freshness]);

  const decide = useCallback(
    async (action: ApprovalActionName, comment: string): Promise<DecideOutcome> => {
      if (!approval) return { kind: 'failed', error: new Error('The approval is not loaded.') };
      try {
        const next = await api.decide(approval.id, action, comment, approval.etag);
        setApproval(next);
        return { kind: 'done', approval: next };
      } catch (err) {
        if (err instanceof ApiProblem && err.status === 412) {
          const fresh = await api.get(approval.id).catch(() => null);
          if (fresh) {
            setApproval(fresh);
            return { kind: 'conflict', approval: fresh };
          }
        }
        return { kind: 'failed', error: err };
      }
    },
    [api, approval],
  );

  return { approval, error, decide };
}
