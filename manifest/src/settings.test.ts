import { parseDotenv } from './dotenv';
import { readPackageSettings, SettingsError } from './settings';
import type { Env } from './settings';

const APP = '3c1e8a52-7d4b-4f7e-9a55-0b3f9e2d6c41';
const CLIENT = '6F1C2B1E-0C53-4F57-9A3E-0D7D6A9A2F10';
const read = (env: Env) => readPackageSettings(env, { appVersion: '0.1.0' });
const problemsOf = (env: Env): readonly string[] => {
  try {
    read(env);
  } catch (err) {
    if (err instanceof SettingsError) return err.problems;
    throw err;
  }
  throw new Error('expected the settings to be refused');
};

describe('readPackageSettings', () => {
  it('derives the tab URL and domain from PUBLIC_BASE_URL, like the Functions app', () => {
    const settings = read({
      TEAMS_APP_ID: APP,
      AUTH_CLIENT_ID: CLIENT,
      PUBLIC_BASE_URL: 'https://Tandem.Contoso.com:8443/app/',
    });
    expect(settings).toEqual({
      teamsAppId: APP,
      clientId: CLIENT.toLowerCase(),
      tabUrl: 'https://tandem.contoso.com:8443/app',
      tabDomain: 'tandem.contoso.com:8443',
      appVersion: '0.1.0',
      developerName: 'Tandem',
      developerWebsiteUrl: 'https://tandem.contoso.com:8443/app/',
      privacyUrl: 'https://tandem.contoso.com:8443/app/',
      termsUrl: 'https://tandem.contoso.com:8443/app/',
    });
  });

  it('accepts TAB_DOMAIN and AAD_CLIENT_ID instead, and the optional settings', () => {
    const settings = read({
      TEAMS_APP_ID: APP,
      AAD_CLIENT_ID: CLIENT,
      TAB_DOMAIN: 'tandem.contoso.com',
      APP_VERSION: '2.10.0',
      DEVELOPER_NAME: 'Contoso',
      PRIVACY_URL: 'https://contoso.com/privacy',
      BOT_ID: 'A8E5F1D2-4B6C-4E3A-8F9D-1C2B3A4D5E6F',
    });
    expect(settings).toMatchObject({
      tabUrl: 'https://tandem.contoso.com',
      tabDomain: 'tandem.contoso.com',
      appVersion: '2.10.0',
      developerName: 'Contoso',
      privacyUrl: 'https://contoso.com/privacy',
      termsUrl: 'https://tandem.contoso.com/',
      botId: 'a8e5f1d2-4b6c-4e3a-8f9d-1c2b3a4d5e6f',
    });
  });

  it('lists every missing setting at once', () => {
    expect(problemsOf({ TEAMS_APP_ID: '  ' })).toEqual([
      'TEAMS_APP_ID: required (a GUID)',
      'AAD_CLIENT_ID or AUTH_CLIENT_ID: required (a GUID)',
      'PUBLIC_BASE_URL or TAB_DOMAIN: required (where the tab is served over https)',
    ]);
  });

  it('refuses malformed values with the setting they came from', () => {
    expect(
      problemsOf({
        TEAMS_APP_ID: 'tandem',
        AUTH_CLIENT_ID: CLIENT,
        PUBLIC_BASE_URL: 'http://localhost:7071',
        APP_VERSION: '1.0',
        TERMS_URL: 'contoso.com/terms',
      }),
    ).toEqual([
      'TEAMS_APP_ID: "tandem" is not a GUID',
      'PUBLIC_BASE_URL: "http://localhost:7071" must be an https URL without query or fragment',
      'APP_VERSION: "1.0" is not MAJOR.MINOR.PATCH (e.g. 1.0.3)',
      'TERMS_URL: "contoso.com/terms" is not an https URL',
    ]);
  });

  it('refuses a TAB_DOMAIN that is a URL or disagrees with PUBLIC_BASE_URL', () => {
    const base = { TEAMS_APP_ID: APP, AUTH_CLIENT_ID: CLIENT };
    expect(problemsOf({ ...base, TAB_DOMAIN: 'https://tandem.contoso.com' })).toEqual([
      'TAB_DOMAIN: "https://tandem.contoso.com" is not a host name (no https://)',
    ]);
    expect(
      problemsOf({
        ...base,
        TAB_DOMAIN: 'a.contoso.com',
        PUBLIC_BASE_URL: 'https://b.contoso.com',
      }),
    ).toEqual([
      'TAB_DOMAIN "a.contoso.com" differs from the host of PUBLIC_BASE_URL (b.contoso.com)',
    ]);
  });
});

describe('parseDotenv', () => {
  it('reads KEY=value lines with comments, export and quotes', () => {
    const text = [
      '# Tandem',
      'export TEAMS_APP_ID=3c1e8a52-7d4b-4f7e-9a55-0b3f9e2d6c41',
      '',
      'DEVELOPER_NAME="Contoso # Ltd"',
      "TAB_DOMAIN='tandem.contoso.com'",
      'APP_VERSION = 1.2.3   # bump on every upload',
    ].join('\r\n');
    expect(parseDotenv(text)).toEqual({
      TEAMS_APP_ID: '3c1e8a52-7d4b-4f7e-9a55-0b3f9e2d6c41',
      DEVELOPER_NAME: 'Contoso # Ltd',
      TAB_DOMAIN: 'tandem.contoso.com',
      APP_VERSION: '1.2.3',
    });
  });

  it('names the line it cannot read', () => {
    expect(() => parseDotenv('A=1\nnot a setting')).toThrow(/line 2: expected KEY=value/);
  });
});
