/**
 * The demo people of local mode, with department and branch names. The dev endpoint lists only
 * ids, and names need a signed-in call, so the picker borrows a token of the first demo person
 * (local mode only: the dev endpoints do not exist anywhere else).
 */
import { useEffect, useState } from 'react';
import { makeApiClient } from '../api/api-client';
import { ApiProblem } from '../api/api-problem';
import type { DirectoryDto } from '@tandem/shared/browser';
import { schemas } from '../api/lazy-schemas';
import { appConfig } from '../app-config';
import { makeDevTokenSource } from '../host/standalone-session';
import type { Person } from '@tandem/shared/browser';

export interface DemoPeople {
  readonly people: readonly Person[];
  readonly directory: DirectoryDto | null;
}

export function useDemoPeople(): { data: DemoPeople | null; error: unknown } {
  const [data, setData] = useState<DemoPeople | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    loadDemoPeople().then(
      (d) => live && setData(d),
      (e: unknown) => live && setError(e),
    );
    return () => void (live = false);
  }, []);
  return { data, error };
}

async function loadDemoPeople(): Promise<DemoPeople> {
  const res = await fetch(`${appConfig.apiBase}/dev/users`).catch((e: unknown) => {
    throw ApiProblem.network(e);
  });
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw ApiProblem.fromBody(res.status, res.statusText, body);
  const { users } = (await schemas.devUsers()).parse(body);
  const first = users[0];
  if (!first) return { people: [], directory: null };
  const client = makeApiClient({
    baseUrl: appConfig.apiBase,
    getToken: makeDevTokenSource(appConfig.apiBase, first.id, fetch.bind(window)),
  });
  const directory = await client.call('/directory', schemas.directory).catch((e: unknown) => {
    console.warn('Directory names unavailable for the sign-in picker', e);
    return null;
  });
  return { people: users, directory };
}
