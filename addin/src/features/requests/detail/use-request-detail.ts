/**
 * One request, fresh from the API (its ETag is what actions are checked against). An action
 * that loses a race (412) reloads the request and reports the conflict instead of failing.
 */
import type { ActionName } from '@tandem/shared/browser';
import { useCallback, useEffect, useState } from 'react';
import { ApiProblem } from '../../../app/api/api-problem';
import type { RequestDto } from '@tandem/shared/browser';
import { useRequestsApi } from '../api';

export type ActOutcome =
  | { readonly kind: 'done'; readonly request: RequestDto }
  | { readonly kind: 'conflict'; readonly request: RequestDto }
  | { readonly kind: 'failed'; readonly error: unknown };

export function useRequestDetail(requestId: string) {
  const api = useRequestsApi();
  const [request, setRequest] = useState<RequestDto | null>(null);
  const [error, setError] = useState<unknown>(null);

  // Settles either way (both outcomes are state), so it can be fired without awaiting.
  const load = useCallback(
    () =>
      api.getRequest(requestId).then(
        (r) => {
          setRequest(r);
          return r;
        },
        (e: unknown) => {
          setError(e);
          return null;
        },
      ),
    [api, requestId],
  );
  useEffect(() => void load(), [load]);
  const reload = useCallback(() => {
    setError(null);
    return load();
  }, [load]);

  const act = useCallback(
    async (action: ActionName, body: object): Promise<ActOutcome> => {
      if (!request) return { kind: 'failed', error: new Error('The request is not loaded.') };
      try {
        const next = await api.act(request.id, action, body, request.etag);
        setRequest(next);
        return { kind: 'done', request: next };
      } catch (err) {
        if (err instanceof ApiProblem && err.status === 412) {
          const fresh = await api.getRequest(request.id).catch(() => null);
          if (fresh) {
            setRequest(fresh);
            return { kind: 'conflict', request: fresh };
          }
        }
        return { kind: 'failed', error: err };
      }
    },
    [api, request],
  );

  return { request, error, reload, act };
}
