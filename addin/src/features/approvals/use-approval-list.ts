/**
 * One box of approvals (to decide, or mine) as the API orders it: what is due first on top when
 * deciding, the newest first among one's own. An approval changed in the detail panel is
 * replaced in place, so a decided one stays visible with its new status until the next reload.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApprovalBox, ApprovalDto } from '@tandem/shared/approvals';
import { useSession } from '../../app/session-context';

export interface ApprovalListState {
  readonly status: 'loading' | 'ready' | 'error';
  readonly items: readonly ApprovalDto[];
  readonly continuation: string | null;
  readonly error: unknown;
  readonly loadingMore: boolean;
}

const initial: ApprovalListState = {
  status: 'loading',
  items: [],
  continuation: null,
  error: null,
  loadingMore: false,
};

export function useApprovalList(box: ApprovalBox) {
  const { api } = useSession();
  const [state, setState] = useState<ApprovalListState>(initial);
  // Answers of a box the user has left since are dropped.
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setState(initial);
    api.approvals.list(box).then(
      (page) =>
        mine === generation.current &&
        setState({
          ...initial,
          status: 'ready',
          items: page.items,
          continuation: page.continuation,
        }),
      (error: unknown) =>
        mine === generation.current && setState({ ...initial, status: 'error', error }),
    );
  }, [api, box]);
  useEffect(reload, [reload]);

  const loadMore = useCallback(() => {
    const { continuation } = state;
    if (!continuation || state.loadingMore) return;
    const mine = generation.current;
    setState((s) => ({ ...s, loadingMore: true }));
    api.approvals.list(box, continuation).then(
      (page) =>
        mine === generation.current &&
        setState((s) => ({
          ...s,
          loadingMore: false,
          items: [...s.items, ...page.items.filter((a) => !s.items.some((b) => b.id === a.id))],
          continuation: page.continuation,
        })),
      (error: unknown) =>
        mine === generation.current && setState((s) => ({ ...s, loadingMore: false, error })),
    );
  }, [api, box, state]);

  const replaceItem = useCallback((dto: ApprovalDto) => {
    setState((s) => ({ ...s, items: s.items.map((a) => (a.id === dto.id ? dto : a)) }));
  }, []);

  return { ...state, reload, loadMore, replaceItem };
}
