/**
 * The root: the host decides mode, theme and language; standalone shows the sign-in picker until
 * a demo person is chosen; then the session loads and the page (the registry's pages, or the
 * channel's config) shows.
 */
import {
  FluentProvider,
  Spinner,
  type Theme,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Suspense, useEffect, useState } from 'react';
import { ConfigPage } from './config/config-page';
import { HostProvider, type HostValue } from './host/host-context';
import { loadFluentTheme } from './host/themes';
import type { ThemeName } from './host/url-options';
import { loadMessages } from './i18n/load-messages';
import type { Locale, Messages } from './i18n/messages';
import { I18nProvider } from './i18n/i18n-context';
import { SignInPicker } from './signin/sign-in-picker';
import { PageProvider, usePage } from './page-context';
import type { ShellDeclaration } from './page-declaration';
import { SessionProvider } from './session-context';

const useStyles = makeStyles({
  root: {
    height: '100%',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    overflow: 'auto',
  },
});

/** `shell` is the registry's (see `src/pages.tsx`): the pages and the header's items. */
export function App({ shell }: { shell: ShellDeclaration }) {
  return (
    <HostProvider>{(host) => (host ? <Themed host={host} shell={shell} /> : null)}</HostProvider>
  );
}

function Themed({ host, shell }: { host: HostValue; shell: ShellDeclaration }) {
  const styles = useStyles();
  const assets = useLookAndLanguage(host.theme, host.locale);
  useEffect(() => {
    document.documentElement.lang = host.locale;
  }, [host.locale]);
  if (!assets) return null;
  return (
    <I18nProvider locale={assets.locale} messages={assets.messages}>
      {/* Layout goes on an inner element: Fluent copies the provider's className to portals. */}
      <FluentProvider
        theme={assets.theme}
        style={{ height: '100%' }}
        data-theme={assets.themeName}
        data-mode={host.mode}
      >
        <div className={styles.root}>
          {!host.signedIn ? (
            <SignInPicker />
          ) : (
            // Keyed by the person: signing in as someone else starts a clean session.
            <SessionProvider key={host.devUserId ?? 'host'}>
              {host.isConfigPage ? (
                <ConfigPage />
              ) : (
                <PageProvider shell={shell}>
                  <CurrentPage />
                </PageProvider>
              )}
            </SessionProvider>
          )}
        </div>
      </FluentProvider>
    </I18nProvider>
  );
}

function CurrentPage() {
  const Page = usePage().page.component;
  return (
    <Suspense fallback={<Spinner style={{ marginTop: '20vh' }} />}>
      <Page />
    </Suspense>
  );
}

interface LookAndLanguage {
  readonly theme: Theme;
  readonly themeName: ThemeName;
  readonly locale: Locale;
  readonly messages: Messages;
}

/** The theme and dictionary asked for; the previous ones stay on screen while others load. */
function useLookAndLanguage(themeName: ThemeName, locale: Locale): LookAndLanguage | null {
  const [loaded, setLoaded] = useState<LookAndLanguage | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([loadFluentTheme(themeName), loadMessages(locale)]).then(
      ([theme, messages]) => live && setLoaded({ theme, themeName, locale, messages }),
      (err: unknown) => console.error('Could not load the theme or the dictionary', err),
    );
    return () => void (live = false);
  }, [themeName, locale]);
  return loaded;
}
