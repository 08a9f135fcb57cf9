/** A feature's API bound to the session's client, the same object for the whole session. */
import { useMemo } from 'react';
import type { ApiClient } from './api-client';
import { useSession } from '../session-context';

export function useFeatureApi<A>(make: (client: ApiClient) => A): A {
  const { client } = useSession().api;
  return useMemo(() => make(client), [make, client]);
}
