/** Starts an embedded Cosmos server and a client for one integration suite. */
import type { CosmosClient } from '@azure/cosmos';
import { makeCosmosClient } from '../../../functions/src/platform/cosmos/cosmos-client';
import {
  startLocalCosmosServer,
  type LocalCosmosServer,
} from '../../../functions/src/platform/local/cosmos-server';

export interface CosmosFixture {
  readonly server: LocalCosmosServer;
  readonly client: CosmosClient;
  close(): Promise<void>;
}

export async function startCosmosFixture(): Promise<CosmosFixture> {
  const server = await startLocalCosmosServer(0);
  const client = makeCosmosClient({
    mode: 'local',
    cosmos: { endpoint: server.endpoint, key: 'test', databaseId: 'unused' },
  });
  return {
    server,
    client,
    close: async () => {
      client.dispose();
      await server.close();
    },
  };
}
