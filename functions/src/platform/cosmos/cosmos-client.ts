/**
 * Builds the one CosmosClient of the app. Local mode talks plain HTTP to the embedded
 * @vercel/cosmosdb-server; Azure talks HTTPS with managed identity unless a key is configured.
 */
import { CosmosClient, type CosmosClientOptions } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import type { Config } from '../../config';

export function makeCosmosClient(config: Pick<Config, 'mode' | 'cosmos'>): CosmosClient {
  return new CosmosClient(cosmosClientOptions(config));
}

export function cosmosClientOptions(config: Pick<Config, 'mode' | 'cosmos'>): CosmosClientOptions {
  const { endpoint, key } = config.cosmos;
  if (config.mode === 'local') {
    return {
      endpoint,
      key: key ?? 'local-emulator-key',
      // The embedded server advertises an https address for its region; following it fails.
      connectionPolicy: { enableEndpointDiscovery: false },
      // No `agent` on purpose: @azure/cosmos 4.9 only marks plain-HTTP requests as allowed when it
      // picks its own agent (already a keep-alive http.Agent); a custom agent makes every request
      // fail with "Cannot connect to http://… while allowInsecureConnection is false".
    };
  }
  return key ? { endpoint, key } : { endpoint, aadCredentials: new DefaultAzureCredential() };
}
