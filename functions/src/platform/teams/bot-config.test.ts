import { ConfigError } from '../../config';
import { loadBotConfig } from './bot-config';

const azure = { mode: 'azure', publicBaseUrl: 'https://tandem.example.com' } as const;
const local = { mode: 'local', publicBaseUrl: 'http://localhost:7071' } as const;
const botId = '3c0a4f1e-8a55-4a5e-9d0c-1b2c3d4e5f60';
const tenantId = '9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4';
const teamsAppId = '5f1e0c2a-1111-4222-8333-944455566677';

describe('loadBotConfig', () => {
  it('has no identity in local mode, whatever the environment holds', () => {
    const config = loadBotConfig({ BOT_ID: botId, BOT_PASSWORD: 'secret' }, local);
    expect(config.credentials).toBeNull();
    expect(config.tab.webUrl).toBe('http://localhost:7071');
  });

  it('uses the client secret in azure mode when one is given', () => {
    const config = loadBotConfig(
      { BOT_ID: botId, BOT_TENANT_ID: tenantId, BOT_PASSWORD: 's3cret', TEAMS_APP_ID: teamsAppId },
      azure,
    );
    expect(config.credentials).toEqual({
      kind: 'secret',
      appId: botId,
      tenantId,
      secret: 's3cret',
    });
    expect(config.tab).toEqual({ appId: teamsAppId, webUrl: 'https://tandem.example.com' });
  });

  it('falls back to the managed identity without a secret', () => {
    const config = loadBotConfig(
      {
        BOT_ID: botId,
        BOT_TENANT_ID: tenantId,
        TEAMS_APP_ID: teamsAppId,
        BOT_MANAGED_IDENTITY_CLIENT_ID: 'system',
      },
      azure,
    );
    expect(config.credentials).toEqual({
      kind: 'managed-identity',
      appId: botId,
      tenantId,
      managedIdentityClientId: 'system',
    });
  });

  it('lists every missing or bad variable in azure mode', () => {
    expect(() => loadBotConfig({ BOT_SERVICE_URL: 'http://connector.local/' }, azure)).toThrow(
      ConfigError,
    );
    try {
      loadBotConfig({ BOT_SERVICE_URL: 'http://connector.local/' }, azure);
    } catch (err) {
      const message = (err as Error).message;
      for (const name of ['BOT_ID', 'BOT_TENANT_ID', 'TEAMS_APP_ID', 'BOT_SERVICE_URL']) {
        expect(message).toContain(name);
      }
    }
  });

  it('refuses a bot id that is not a GUID and trims the connector override', () => {
    expect(() => loadBotConfig({ BOT_ID: 'tandem-bot' }, local)).toThrow(/BOT_ID/);
    const config = loadBotConfig({ BOT_SERVICE_URL: 'http://127.0.0.1:9999/' }, local);
    expect(config.serviceUrlOverride).toBe('http://127.0.0.1:9999');
  });
});
