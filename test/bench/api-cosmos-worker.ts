/**
 * Worker-thread entry: the embedded Cosmos DB server exactly as `npm start` starts it
 * (`startLocalCosmosServer`: `createHttpServer` with keep-alive), alone on its event loop, as
 * Cosmos DB is a service of its own in production. Replies with its endpoint.
 */
import { startLocalCosmosServer } from '@tandem/functions/dist/platform/local/cosmos-server';
import { serveUntilClosed } from './api-threads';

export interface CosmosThreadInfo {
  readonly endpoint: string;
}

serveUntilClosed<void, CosmosThreadInfo>(async () => {
  const server = await startLocalCosmosServer(0);
  return { info: { endpoint: server.endpoint }, close: () => server.close() };
});
