/**
 * One box of requests, page by page as the API returns them (what breaches first on top). A
 * change of box or filters starts over; answers to an outdated query are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RequestDto } from '@tandem/shared/browser';
import { type RequestFilters, filtersKey } from './request-filters-state';
import { useRequestsApi } from './api';

export const PAGE_SIZE = 50;

export interface RequestListState {
  readonly items: readonly RequestDto[];
  readonly continuation: string | null;
  readonly status: 'loading' | 'ready' | 'error';
  readonly loadingMore: boolean;
  readonly error: unknown;
}

const initial: RequestListState = {
  items: [],
  continuation: null,
  status: 'loading',
  loadingMore: false,
  error: null,
};

export function useRequestList(box: 'inbox' | 'outbox', filters: RequestFilters) {
  const api = useRequestsApi();
  const [state, setState] = useState<RequestListState>(initial);
  const [reloads, setReloads] = useState(0);
  // The query on screen. `filters` is compared through its key: a new object with the same content
  // changes nothing. Another query shows as loading from its first render on.
  const key = filtersKey(filters);
  const [shown, setShown] = useState({ api, box, filters, key, reloads });
  if (shown.api !== api || shown.box !== box || shown.key !== key || shown.reloads !== reloads) {
    setShown({ api, box, filters, key, reloads });
    setState(initial);
  }
  const query = useRef({ box, filters, generation: 0 });

  const fetchPage = useCallback(
    (continuation: string | undefined, generation: number) => {
      const { box: b, filters: f } = query.current;
      return api
        .listRequests({
          box: b,
          status: f.status,
          sla: f.sla,
          type: f.type,
          branch: f.branch,
          q: f.q,
          limit: PAGE_SIZE,
          ...(continuation ? { continuation } : {}),
        })
        .then(
          (page) => {
            if (generation !== query.current.generation) return;
            setState((s) => ({
              items: continuation ? [...s.items, ...page.items] : page.items,
              continuation: page.continuation,
              status: 'ready',
              loadingMore: false,
              error: null,
            }));
          },
          (error: unknown) => {
            if (generation !== query.current.generation) return;
            setState((s) => ({
              ...s,
              status: continuation ? s.status : 'error',
              loadingMore: false,
              error,
            }));
          },
        );
    },
    [api],
  );

  useEffect(() => {
    const generation = query.current.generation + 1;
    query.current = { box: shown.box, filters: shown.filters, generation };
    void fetchPage(undefined, generation);
  }, [shown, fetchPage]);

  // The state as last rendered, for the callbacks below (loadMore also marks it at once, so that a
  // second call before the next render does not fetch the same page again).
  const current = useRef(state);
  useEffect(() => {
    current.current = state;
  });
  const loadMore = useCallback(() => {
    const s = current.current;
    if (!s.continuation || s.loadingMore || s.status !== 'ready') return;
    current.current = { ...s, loadingMore: true };
    setState(current.current);
    void fetchPage(s.continuation, query.current.generation);
  }, [fetchPage]);

  /** After an action the API returns the new request: show it in place, no refetch. */
  const replaceItem = useCallback((dto: RequestDto) => {
    setState((s) => ({ ...s, items: s.items.map((r) => (r.id === dto.id ? dto : r)) }));
  }, []);

  const reload = useCallback(() => setReloads((n) => n + 1), []);

  /**
   * Keeps the SLA clocks current without disturbing the reader: the first page is fetched again;
   * if only that page is shown it is replaced (new arrivals appear), else the rows it contains
   * are updated in place and the rest stay as they are.
   */
  const refresh = useCallback(() => {
    const generation = query.current.generation;
    const { box: b, filters: f } = query.current;
    if (current.current.status !== 'ready' || current.current.loadingMore) return;
    api
      .listRequests({ ...f, box: b, limit: PAGE_SIZE })
      .then((page) => {
        if (generation !== query.current.generation) return;
        setState((s) => {
          if (s.items.length <= PAGE_SIZE)
            return { ...s, items: page.items, continuation: page.continuation };
          const fresh = new Map(page.items.map((r) => [r.id, r]));
          return { ...s, items: s.items.map((r) => fresh.get(r.id) ?? r) };
        });
      })
      .catch((err: unknown) => console.warn('Background refresh of the list failed', err));
  }, [api]);

  return { ...state, loadMore, replaceItem, reload, refresh };
}
