/**
 * One box of approvals (to decide, or mine) as the API orders it: what is due first on top when
 * deciding, the newest first among one's own. An approval changed in the detail panel is
 * replaced in place, so a decided one stays visible with its new status until the next reload.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApprovalBox, ApprovalDto } from '@tandem/shared/approvals';
import { useApprovalsApi } from './api';

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
  const api = useApprovalsApi();
  const [state, setState] = useState<ApprovalListState>(initial);
  const [reloads, setReloads] = useState(0);
  // Another box (or a reload) shows as loading from its first render on.
  const [shownFor, setShownFor] = useState({ api, box, reloads });
  if (shownFor.api !== api || shownFor.box !== box || shownFor.reloads !== reloads) {
    setShownFor({ api, box, reloads });
    setState(initial);
  }
  // Answers of a box the user has left since are dropped.
  const generation = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    api.list(box).then(
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
  }, [api, box, reloads]);
  const reload = useCallback(() => setReloads((n) => n + 1), []);

  const loadMore = useCallback(() => {
    const { continuation } = state;
    if (!continuation || state.loadingMore) return;
    const mine = generation.current;
    setState((s) => ({ ...s, loadingMore: true }));
    api.list(box, continuation).then(
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
