import { ConfigError, loadConfig } from './config';

const azureEnv = {
  TANDEM_MODE: 'azure',
  COSMOS_ENDPOINT: 'https://tandem.documents.azure.com:443/',
  AUTH_AUDIENCE: 'api://tandem.example.com/6f1c2b1e-0c53-4f57-9a3e-0d7d6a9a2f10',
  AUTH_CLIENT_ID: '6f1c2b1e-0c53-4f57-9a3e-0d7d6a9a2f10',
  PUBLIC_BASE_URL: 'https://tandem.example.com/',
};

describe('loadConfig', () => {
  it('defaults to local mode with the embedded Cosmos server and a data folder under cwd', () => {
    const config = loadConfig({}, '/srv/tandem');
    expect(config).toEqual({
      mode: 'local',
      cosmos: {
        endpoint: 'http://127.0.0.1:8081',
        key: 'local-emulator-key',
        databaseId: 'tandem',
      },
      auth: { audience: 'api://tandem-local', clientId: '00000000-0000-4000-8000-000000000001' },
      publicBaseUrl: 'http://localhost:7071',
      calendar: { mode: 'local' },
      local: { port: 7071, cosmosPort: 8081, dataDir: '/srv/tandem/.data' },
    });
  });

  it('reads local ports and folder from the environment', () => {
    const config = loadConfig(
      { PORT: '8000', COSMOS_LOCAL_PORT: '0', TANDEM_DATA_DIR: '/tmp/t' },
      '/srv',
    );
    expect(config.mode === 'local' && config.local).toEqual({
      port: 8000,
      cosmosPort: 0,
      dataDir: '/tmp/t',
    });
    expect(config.cosmos.endpoint).toBe('http://127.0.0.1:0');
  });

  it('parses azure mode without a key (managed identity) and trims the base URL', () => {
    const config = loadConfig({
      ...azureEnv,
      AUTH_ALLOWED_TENANT_IDS:
        ' 72f988bf-86f1-41af-91ab-2d7cd011db47 ,d1c0a0b5-9f5e-4a43-9d86-1a8a0e1c4b21',
    });
    expect(config.mode).toBe('azure');
    expect(config.cosmos).toEqual({
      endpoint: 'https://tandem.documents.azure.com:443/',
      databaseId: 'tandem',
    });
    expect(config.auth.allowedTenantIds).toEqual([
      '72f988bf-86f1-41af-91ab-2d7cd011db47',
      'd1c0a0b5-9f5e-4a43-9d86-1a8a0e1c4b21',
    ]);
    expect(config.publicBaseUrl).toBe('https://tandem.example.com');
    expect('local' in config).toBe(false);
  });

  it('keeps a configured key in azure mode', () => {
    expect(loadConfig({ ...azureEnv, COSMOS_KEY: 'secret' }).cosmos.key).toBe('secret');
  });

  it('treats blank settings as missing', () => {
    expect(() => loadConfig({ ...azureEnv, AUTH_CLIENT_ID: '  ' })).toThrow(
      /AUTH_CLIENT_ID: required in azure mode/,
    );
  });

  it('lists every problem by variable name', () => {
    const message = configErrorOf({
      TANDEM_MODE: 'azure',
      COSMOS_ENDPOINT: 'http://insecure.example.com',
      AUTH_CLIENT_ID: 'not-a-guid',
      PORT: 'eighty',
    });
    expect(message).toMatch(/^Invalid configuration:/);
    expect(message).toMatch(/AUTH_CLIENT_ID: Invalid GUID/i);
    expect(message).toMatch(/PORT: /);
  });

  it('reports azure requirements once the values parse', () => {
    const message = configErrorOf({
      TANDEM_MODE: 'azure',
      COSMOS_ENDPOINT: 'http://insecure.example.com',
    });
    expect(message).toMatch(/COSMOS_ENDPOINT: must be https in azure mode/);
    expect(message).toMatch(/AUTH_AUDIENCE: required in azure mode/);
    expect(message).toMatch(/AUTH_CLIENT_ID: required in azure mode/);
    expect(message).toMatch(/PUBLIC_BASE_URL: required in azure mode/);
  });

  it('rejects an unknown mode and bad tenant ids', () => {
    expect(() => loadConfig({ TANDEM_MODE: 'cloud' })).toThrow(/TANDEM_MODE/);
    expect(() => loadConfig({ AUTH_ALLOWED_TENANT_IDS: 'contoso' })).toThrow(
      /AUTH_ALLOWED_TENANT_IDS/,
    );
  });

  it('sends invitations through Graph in azure mode, with managed identity unless a secret is set', () => {
    expect(loadConfig(azureEnv).calendar).toEqual({
      mode: 'graph',
      baseUrl: 'https://graph.microsoft.com/v1.0',
      signIn: { kind: 'managed-identity' },
    });
    const secret = loadConfig({
      ...azureEnv,
      GRAPH_CLIENT_ID: '0b0d6a1e-4c53-4f57-9a3e-0d7d6a9a2f10',
      GRAPH_CLIENT_SECRET: 's3cret',
      GRAPH_BASE_URL: 'https://graph.microsoft.us/v1.0/',
      GRAPH_AUTHORITY_HOST: 'https://login.microsoftonline.us/',
    }).calendar;
    expect(secret).toEqual({
      mode: 'graph',
      baseUrl: 'https://graph.microsoft.us/v1.0',
      authorityHost: 'https://login.microsoftonline.us',
      signIn: {
        kind: 'client-secret',
        clientId: '0b0d6a1e-4c53-4f57-9a3e-0d7d6a9a2f10',
        clientSecret: 's3cret',
      },
    });
    expect(loadConfig({ ...azureEnv, CALENDAR_MODE: 'local' }).calendar).toEqual({ mode: 'local' });
    expect(loadConfig({ CALENDAR_MODE: 'graph' }).calendar.mode).toBe('graph');
  });

  it('refuses a Graph secret without its client id and a Graph root of another version', () => {
    const message = configErrorOf({
      GRAPH_CLIENT_SECRET: 's3cret',
      GRAPH_BASE_URL: 'https://graph.microsoft.com/beta',
      CALENDAR_MODE: 'outlook',
    });
    expect(message).toMatch(/GRAPH_BASE_URL: must end with \/v1\.0/);
    expect(message).toMatch(/CALENDAR_MODE: /);
    expect(configErrorOf({ GRAPH_CLIENT_SECRET: 's3cret' })).toMatch(
      /GRAPH_CLIENT_ID: required with GRAPH_CLIENT_SECRET/,
    );
  });

  it('returns a deeply frozen object', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.cosmos)).toBe(true);
    expect(Object.isFrozen(config.mode === 'local' ? config.local : null)).toBe(true);
  });
});

function configErrorOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected loadConfig to throw');
}
