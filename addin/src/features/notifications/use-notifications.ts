/** The caller's notifications, polled every minute and on demand (after the caller acts). */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NotificationDto } from '@tandem/shared/browser';
import { useSession } from '../../app/session-context';
import { readKey, writeKey } from '../../app/host/safe-storage';
import { countUnseen, newestCreatedAt } from './unseen';
import { useNotificationsApi } from './api';

const POLL_MS = 60_000;

export interface NotificationsState {
  readonly items: readonly NotificationDto[];
  readonly unseen: number;
  readonly error: unknown;
  refresh: () => void;
  markSeen: () => void;
}

export function useNotifications(): NotificationsState {
  const { me } = useSession();
  const api = useNotificationsApi();
  const seenKey = `tandem.notificationsSeen.${me.person.id}`;
  const [items, setItems] = useState<readonly NotificationDto[]>([]);
  const [seenUpTo, setSeenUpTo] = useState<string | null>(() => readKey('local', seenKey));
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef(false);

  const refresh = useCallback(() => {
    if (inFlight.current) return;
    inFlight.current = true;
    api
      .list()
      .then(
        (page) => {
          setItems(page.items);
          setError(null);
        },
        (err: unknown) => setError(err),
      )
      .finally(() => (inFlight.current = false));
  }, [api]);

  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const markSeen = useCallback(() => {
    const newest = newestCreatedAt(items);
    if (newest === null) return;
    setSeenUpTo(newest);
    writeKey('local', seenKey, newest);
  }, [items, seenKey]);

  return { items, unseen: countUnseen(items, seenUpTo), error, refresh, markSeen };
}
