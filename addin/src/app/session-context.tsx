/**
 * The signed-in session: the API bound to the host's token source, the caller (`/api/me`) and
 * the directory that names departments, branches and people everywhere in the tab.
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
import { makeApiClient } from './api/api-client';
import type { DirectoryDto, MeDto } from '@tandem/shared/browser';
import { type TandemApi, makeTandemApi } from './api/tandem-api';
import { appConfig } from './app-config';
import { useHost } from './host/host-context';
import { localName, useLocale } from './i18n/i18n-context';
import { ErrorState, LoadingState } from './status-views';

export interface Names {
  department: (id: string | null | undefined) => string;
  branch: (id: string | null | undefined) => string;
  person: (id: string) => string;
}

export interface Session {
  readonly api: TandemApi;
  readonly me: MeDto;
  readonly directory: DirectoryDto;
  readonly names: Names;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>.');
  return session;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const host = useHost();
  const locale = useLocale();
  const api = useMemo(
    () => makeTandemApi(makeApiClient({ baseUrl: appConfig.apiBase, getToken: host.getToken })),
    [host.getToken],
  );
  const [loaded, setLoaded] = useState<{ me: MeDto; directory: DirectoryDto } | null>(null);
  const [error, setError] = useState<unknown>(null);

  // Settles either way (both outcomes are state), so it can be fired without awaiting.
  const load = useCallback(
    () =>
      Promise.all([api.me(), api.directory()]).then(
        ([me, directory]) => setLoaded({ me, directory }),
        (err: unknown) => setError(err),
      ),
    [api],
  );
  useEffect(() => void load(), [load]);
  const retry = () => {
    setError(null);
    void load();
  };

  const session = useMemo<Session | null>(() => {
    if (!loaded) return null;
    const { directory } = loaded;
    const byId = <T extends { id: string }>(list: readonly T[]) =>
      new Map(list.map((x) => [x.id, x]));
    const departments = byId(directory.departments);
    const branches = byId(directory.branches);
    const people = byId(directory.people);
    const named = (item: { name: string; nameRu?: string | undefined } | undefined, id: string) =>
      item ? localName(item, locale) : id;
    return {
      api,
      ...loaded,
      names: {
        department: (id) => (id ? named(departments.get(id), id) : ''),
        branch: (id) => (id ? named(branches.get(id), id) : ''),
        person: (id) => people.get(id)?.displayName ?? id,
      },
    };
  }, [api, loaded, locale]);

  if (error) {
    return (
      <ErrorState
        error={error}
        onRetry={retry}
        {...(host.mode === 'standalone' ? { onSignOut: host.signOut } : {})}
      />
    );
  }
  if (!session) return <LoadingState />;
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
