/**
 * The meetings the caller may read, and every change to one of them. A write sends the ETag of
 * the view on screen; when someone else changed the meeting first (412) the view is reloaded and
 * the caller is told, so that a form can keep what was typed and offer it again.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiProblem } from '../../app/api/api-problem';
import { makeMeetingsApi } from './api';
import type { MeetingView } from '@tandem/shared/meetings';
import { useSession } from '../../app/session-context';

export type WriteOutcome =
  | { readonly kind: 'done'; readonly meeting: MeetingView }
  | { readonly kind: 'conflict'; readonly meeting: MeetingView }
  | { readonly kind: 'failed'; readonly error: unknown };

export type Write = (etag: string) => Promise<MeetingView>;

/** How often a meeting whose invitation is still being sent is read again. */
const CALENDAR_POLL_MS = 3000;

export function useMeetingsApi() {
  const { api } = useSession();
  return useMemo(() => makeMeetingsApi(api.client), [api]);
}

export function useMeetings() {
  const api = useMeetingsApi();
  const [items, setItems] = useState<MeetingView[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  // Settles either way (both outcomes are state), so it can be fired without awaiting.
  const load = useCallback(
    () =>
      api.list().then(
        (page) => setItems(page.items),
        (err: unknown) => setError(err),
      ),
    [api],
  );
  useEffect(() => void load(), [load]);
  const reload = useCallback(() => {
    setError(null);
    void load();
  }, [load]);

  const put = useCallback((meeting: MeetingView) => {
    setItems((list) => {
      const current = list ?? [];
      return current.some((m) => m.id === meeting.id)
        ? current.map((m) => (m.id === meeting.id ? meeting : m))
        : [meeting, ...current];
    });
  }, []);

  // The calendar write happens after the answer (in the outbox): look again until it settles.
  useEffect(() => {
    const pending = (items ?? []).filter((m) => m.calendar.state === 'pending');
    if (pending.length === 0) return;
    const timer = setTimeout(() => {
      if (document.visibilityState !== 'visible') return setItems((list) => list && [...list]);
      for (const m of pending) {
        api.get(m.id).then(put, (err: unknown) => {
          console.warn('Could not refresh the calendar state of a meeting', err);
          // Schedules the next look instead of giving up on the first failure.
          setItems((list) => list && [...list]);
        });
      }
    }, CALENDAR_POLL_MS);
    return () => clearTimeout(timer);
  }, [items, api, put]);

  const write = useCallback(
    async (meeting: MeetingView, change: Write): Promise<WriteOutcome> => {
      try {
        const next = await change(meeting.etag);
        put(next);
        return { kind: 'done', meeting: next };
      } catch (err) {
        if (err instanceof ApiProblem && err.status === 412) {
          const fresh = await api.get(meeting.id).catch(() => null);
          if (fresh) {
            put(fresh);
            return { kind: 'conflict', meeting: fresh };
          }
        }
        return { kind: 'failed', error: err };
      }
    },
    [api, put],
  );

  return { api, items, error, reload, put, write };
}
export type MeetingsState = ReturnType<typeof useMeetings>;
