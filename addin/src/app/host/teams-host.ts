/**
 * The only module that talks to @microsoft/teams-js. It is loaded on demand (a plain browser
 * never downloads it), initialises with a short timeout and reduces the host's context to what
 * the tab uses. Every optional capability is checked with `isSupported()` first.
 */
import { type ThemeName, toThemeName } from './url-options';

export interface TabConfigSave {
  readonly contentUrl: string;
  readonly websiteUrl: string;
  readonly entityId: string;
  readonly suggestedDisplayName: string;
}

/** The channel tab's configuration page as Teams drives it (Save is Teams' own button). */
export interface TabConfigHost {
  setValid: (valid: boolean) => void;
  onSave: (save: () => TabConfigSave) => void;
}

export interface TeamsConnection {
  readonly theme: ThemeName;
  readonly locale: string;
  /** "Teams", "Outlook", "Office", … as the host names itself. */
  readonly hostName: string;
  readonly userPrincipalName: string | null;
  readonly teamName: string | null;
  readonly channelName: string | null;
  readonly pageId: string | null;
  /** Deep link target: the subEntityId of the item to open (see deep-links). */
  readonly subPageId: string | null;
  readonly config: TabConfigHost | null;
  onThemeChange: (handler: (theme: ThemeName) => void) => void;
  /** The SSO token for the API (Entra ID, audience = the app registration). */
  getToken: () => Promise<string>;
  notifyLoaded: () => void;
}

export async function connectTeams(timeoutMs: number): Promise<TeamsConnection | null> {
  const { app, authentication, pages } = await import('@microsoft/teams-js');
  try {
    await withTimeout(app.initialize(), timeoutMs);
  } catch {
    return null; // not inside a Microsoft 365 host after all: run standalone
  }
  const context = await app.getContext();
  let loadedSent = false;
  const config: TabConfigHost | null = pages.config.isSupported()
    ? {
        setValid: (valid) => pages.config.setValidityState(valid),
        onSave: (save) =>
          pages.config.registerOnSaveHandler((event) => {
            Promise.resolve()
              .then(() => pages.config.setConfig(save()))
              .then(
                () => event.notifySuccess(),
                (err: unknown) => event.notifyFailure(String(err)),
              );
          }),
      }
    : null;
  return {
    theme: toThemeName(context.app.theme) ?? 'default',
    locale: context.app.locale,
    hostName: context.app.host.name,
    userPrincipalName: context.user?.userPrincipalName ?? null,
    teamName: context.team?.displayName ?? null,
    channelName: context.channel?.displayName ?? null,
    pageId: context.page.id || null,
    subPageId: context.page.subPageId || null,
    config,
    onThemeChange: (handler) =>
      app.registerOnThemeChangeHandler((theme) => handler(toThemeName(theme) ?? 'default')),
    getToken: () => authentication.getAuthToken(),
    notifyLoaded: () => {
      if (loadedSent) return; // the host expects one signal per load
      loadedSent = true;
      app.notifySuccess().catch((err: unknown) => console.warn('notifySuccess failed', err));
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No host answered within ${ms} ms.`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
