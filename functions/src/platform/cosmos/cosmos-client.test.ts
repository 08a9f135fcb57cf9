import { DefaultAzureCredential } from '@azure/identity';
import { cosmosClientOptions } from './cosmos-client';

describe('cosmosClientOptions', () => {
  it('talks plain HTTP to the local server without endpoint discovery or a custom agent', () => {
    const options = cosmosClientOptions({
      mode: 'local',
      cosmos: { endpoint: 'http://127.0.0.1:8081', key: 'k', databaseId: 'tandem' },
    });
    expect(options).toEqual({
      endpoint: 'http://127.0.0.1:8081',
      key: 'k',
      connectionPolicy: { enableEndpointDiscovery: false },
    });
    expect(options.agent).toBeUndefined();
  });

  it('uses DefaultAzureCredential in Azure when no key is configured', () => {
    const options = cosmosClientOptions({
      mode: 'azure',
      cosmos: { endpoint: 'https://x.documents.azure.com:443/', databaseId: 'tandem' },
    });
    expect(options.key).toBeUndefined();
    expect(options.aadCredentials).toBeInstanceOf(DefaultAzureCredential);
  });

  it('uses the key in Azure when one is configured', () => {
    const options = cosmosClientOptions({
      mode: 'azure',
      cosmos: { endpoint: 'https://x.documents.azure.com:443/', key: 'secret', databaseId: 't' },
    });
    expect(options).toEqual({ endpoint: 'https://x.documents.azure.com:443/', key: 'secret' });
  });
});
