/**
 * One context for everything the surroundings decide: Teams/Outlook or a plain browser, the
 * theme, the language, how to get an API token, and the channel's department.
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
import { appConfig } from '../app-config';
import type { Locale } from '../i18n/messages';
import { pickLocale } from '../i18n/pick-locale';
import { mayHaveHost } from './host-detect';
import { readKey, writeKey } from './safe-storage';
import { makeDevTokenSource, readDevUser, writeDevUser } from './standalone-session';
import { type TabConfigHost, type TeamsConnection, connectTeams } from './teams-host';
import { systemTheme } from './themes';
import { type ThemeName, type UrlOptions, readUrlOptions } from './url-options';

export interface HostValue {
  readonly mode: 'teams' | 'standalone';
  readonly theme: ThemeName;
  readonly locale: Locale;
  /** Standalone only: the language switch (in a host the host's language rules). */
  readonly setLocale: ((locale: Locale) => void) | null;
  readonly hostName: string;
  readonly channelDepartmentId: string | null;
  readonly channelName: string | null;
  /** What the tab was opened with: its address's query and the host's subPageId (see deep-links). */
  readonly deepLink: { readonly search: string; readonly subEntityId: string | null };
  readonly isConfigPage: boolean;
  readonly tabConfig: TabConfigHost | null;
  /** Standalone: the demo person signed in (null shows the picker). Teams: always signed in. */
  readonly devUserId: string | null;
  readonly signedIn: boolean;
  signIn: (personId: string) => void;
  signOut: () => void;
  getToken: (refresh?: boolean) => Promise<string>;
  notifyLoaded: () => void;
}

const HostContext = createContext<HostValue | null>(null);

export function useHost(): HostValue {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost must be used inside <HostProvider>.');
  return host;
}

const LANG_KEY = 'tandem.lang';

export function HostProvider({ children }: { children: (host: HostValue | null) => ReactNode }) {
  const [url] = useState<UrlOptions>(() => readUrlOptions(location.search, location.hash));
  const [startSearch] = useState(() => location.search);
  // undefined while the Teams SDK is still being asked; null when running standalone.
  const [teams, setTeams] = useState<TeamsConnection | null | undefined>(() =>
    mayHaveHost(window) ? undefined : null,
  );
  const [hostTheme, setHostTheme] = useState<ThemeName>(() => systemTheme(matchMedia));
  // `?lang=` first, then the last choice made with the switch, then the browser's languages.
  const [chosenLocale, setChosenLocale] = useState<string | null>(
    () => url.lang ?? readKey('local', LANG_KEY),
  );
  const [devUserId, setDevUserId] = useState<string | null>(() => url.as ?? readDevUser());
  const [isConfigPage, setConfigPage] = useState(url.isConfigPage);

  useEffect(() => {
    if (!mayHaveHost(window)) return; // standalone from the first render
    let live = true;
    connectTeams(appConfig.hostTimeoutMs).then(
      (conn) => {
        if (!live) return;
        setTeams(conn);
        if (conn) {
          setHostTheme(conn.theme);
          conn.onThemeChange(setHostTheme);
        }
      },
      (err: unknown) => {
        console.warn('Could not load the Teams SDK; running standalone.', err);
        if (live) setTeams(null);
      },
    );
    return () => void (live = false);
  }, []);

  useEffect(() => {
    if (url.as) writeDevUser(url.as);
    const onHash = () => setConfigPage(readUrlOptions('', location.hash).isConfigPage);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, [url.as]);

  const devTokens = useMemo(
    () => (devUserId ? makeDevTokenSource(appConfig.apiBase, devUserId, fetch.bind(window)) : null),
    [devUserId],
  );

  // Stable across theme and language changes, so the session (keyed on it) is not rebuilt.
  const getToken = useCallback(
    (refresh?: boolean) => {
      if (teams) return teams.getToken();
      if (!devTokens) return Promise.reject(new Error('Not signed in.'));
      return devTokens(refresh);
    },
    [teams, devTokens],
  );

  const value = useMemo<HostValue | null>(() => {
    if (teams === undefined) return null;
    const standalone = teams === null;
    return {
      mode: standalone ? 'standalone' : 'teams',
      theme: url.theme ?? hostTheme,
      locale: standalone
        ? pickLocale([chosenLocale, ...navigator.languages])
        : pickLocale([url.lang, teams.locale]),
      setLocale: standalone
        ? (locale) => {
            writeKey('local', LANG_KEY, locale);
            setChosenLocale(locale);
            if (url.lang) replaceQueryParam('lang', locale);
          }
        : null,
      hostName: standalone ? 'Browser' : teams.hostName,
      channelDepartmentId: url.department,
      channelName: teams?.channelName ?? null,
      deepLink: { search: startSearch, subEntityId: teams?.subPageId ?? null },
      isConfigPage,
      tabConfig: teams?.config ?? null,
      devUserId: standalone ? devUserId : null,
      signedIn: !standalone || devUserId !== null,
      signIn: (personId) => {
        writeDevUser(personId);
        setDevUserId(personId);
      },
      signOut: () => {
        writeDevUser(null);
        if (url.as) replaceQueryParam('as', null);
        setDevUserId(null);
      },
      getToken,
      notifyLoaded: () => teams?.notifyLoaded(),
    };
  }, [teams, url, startSearch, hostTheme, chosenLocale, devUserId, getToken, isConfigPage]);

  return <HostContext.Provider value={value}>{children(value)}</HostContext.Provider>;
}

function replaceQueryParam(name: string, value: string | null): void {
  const next = new URL(location.href);
  if (value === null) next.searchParams.delete(name);
  else next.searchParams.set(name, value);
  history.replaceState(history.state, '', next);
}
