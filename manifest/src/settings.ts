/** The settings `npm run package` fills into the manifest, read once and checked up front. */
export interface PackageSettings {
  readonly teamsAppId: string;
  readonly clientId: string;
  /** https origin (and optional path) the tab is served from, without a trailing slash. */
  readonly tabUrl: string;
  /** host[:port] of tabUrl; it also names the SSO resource `api://<tabDomain>/<clientId>`. */
  readonly tabDomain: string;
  readonly appVersion: string;
  readonly developerName: string;
  readonly developerWebsiteUrl: string;
  readonly privacyUrl: string;
  readonly termsUrl: string;
  /** The bot's Microsoft App ID; when set, the package declares the bot. */
  readonly botId?: string;
}

export type Env = Readonly<Record<string, string | undefined>>;

export class SettingsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid package settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SettingsError';
  }
}

const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;

/**
 * Reads the settings from the environment (`fileEnv` holds manifest/.env; the real environment
 * wins). Collects every problem before failing, so one run tells the user everything to fix.
 */
export function readPackageSettings(
  env: Env,
  defaults: { readonly appVersion: string },
): PackageSettings {
  const problems: string[] = [];
  const get = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const guid = (names: readonly string[], optional = false) => {
    const name = names.find((n) => get(n)) ?? names[0];
    const value = get(name as string);
    if (value === undefined) {
      if (!optional) problems.push(`${names.join(' or ')}: required (a GUID)`);
    } else if (!GUID.test(value)) {
      problems.push(`${name}: "${value}" is not a GUID`);
    }
    return value?.toLowerCase();
  };
  const httpsUrl = (name: string, fallback: string) => {
    const value = get(name);
    if (value === undefined) return fallback;
    const url = URL.canParse(value) ? new URL(value) : undefined;
    if (url?.protocol !== 'https:') problems.push(`${name}: "${value}" is not an https URL`);
    return value;
  };

  const teamsAppId = guid(['TEAMS_APP_ID']);
  const clientId = guid(['AAD_CLIENT_ID', 'AUTH_CLIENT_ID']);
  const botId = guid(['BOT_ID'], true);
  const { tabUrl, tabDomain } = readTabLocation(
    get('PUBLIC_BASE_URL'),
    get('TAB_DOMAIN'),
    problems,
  );
  const appVersion = get('APP_VERSION') ?? defaults.appVersion;
  if (!VERSION.test(appVersion)) {
    problems.push(`APP_VERSION: "${appVersion}" is not MAJOR.MINOR.PATCH (e.g. 1.0.3)`);
  }
  const developerName = get('DEVELOPER_NAME') ?? 'Tandem';
  if (developerName.length > 32) problems.push('DEVELOPER_NAME: at most 32 characters');
  const developerWebsiteUrl = httpsUrl('DEVELOPER_WEBSITE_URL', `${tabUrl}/`);
  const privacyUrl = httpsUrl('PRIVACY_URL', developerWebsiteUrl);
  const termsUrl = httpsUrl('TERMS_URL', developerWebsiteUrl);

  if (problems.length > 0) throw new SettingsError(problems);
  return {
    teamsAppId: teamsAppId as string,
    clientId: clientId as string,
    tabUrl,
    tabDomain,
    appVersion,
    developerName,
    developerWebsiteUrl,
    privacyUrl,
    termsUrl,
    ...(botId ? { botId } : {}),
  };
}

/** The tab's base URL comes from PUBLIC_BASE_URL (as the Functions app uses) or TAB_DOMAIN. */
function readTabLocation(
  baseUrl: string | undefined,
  domain: string | undefined,
  problems: string[],
) {
  if (baseUrl !== undefined) {
    const url = URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
    if (!url || url.protocol !== 'https:' || url.search || url.hash) {
      problems.push(`PUBLIC_BASE_URL: "${baseUrl}" must be an https URL without query or fragment`);
      return { tabUrl: '', tabDomain: '' };
    }
    if (domain !== undefined && domain.toLowerCase() !== url.host) {
      problems.push(
        `TAB_DOMAIN "${domain}" differs from the host of PUBLIC_BASE_URL (${url.host})`,
      );
    }
    return { tabUrl: `${url.origin}${url.pathname}`.replace(/\/+$/, ''), tabDomain: url.host };
  }
  if (domain === undefined) {
    problems.push('PUBLIC_BASE_URL or TAB_DOMAIN: required (where the tab is served over https)');
    return { tabUrl: '', tabDomain: '' };
  }
  const host = domain.toLowerCase();
  if (!DOMAIN.test(host)) problems.push(`TAB_DOMAIN: "${domain}" is not a host name (no https://)`);
  return { tabUrl: `https://${host}`, tabDomain: host };
}
