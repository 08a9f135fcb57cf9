/**
 * The Microsoft Graph SDK client, with an Entra token from any TokenCredential (a client secret,
 * or managed identity in Azure). The middleware chain is the SDK's default minus its
 * RetryHandler: retries belong to the one fetcher (graph-fetcher.ts), which adds jitter, bounds
 * the wait inside a Functions invocation and hands long Retry-After values to the outbox. The
 * SDK's handler would sleep up to three minutes per call and retry a second time on top.
 */
import type { TokenCredential } from '@azure/identity';
import {
  AuthenticationHandler,
  Client,
  type FetchOptions,
  HTTPMessageHandler,
  TelemetryHandler,
} from '@microsoft/microsoft-graph-client';
// The subpath has no "exports" map; the full file path resolves under node16 and at runtime.
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials/index.js';

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

export interface GraphClientOptions {
  readonly credential: TokenCredential;
  /** https://graph.microsoft.com/ by default; a national cloud or a local stand-in otherwise. */
  readonly baseUrl?: string;
  /**
   * Hosts other than Graph's that get the Authorization header (the SDK sends the token only to
   * Graph hosts over https): a national cloud's Graph host, or a test stand-in.
   */
  readonly customHosts?: readonly string[];
  /** Passed to fetch on every call (tests give an undici dispatcher that trusts their CA). */
  readonly fetchOptions?: FetchOptions & { readonly dispatcher?: unknown };
}

export function makeGraphClient(options: GraphClientOptions): Client {
  const authProvider = new TokenCredentialAuthenticationProvider(options.credential, {
    scopes: [GRAPH_SCOPE],
  });
  return Client.initWithMiddleware({
    middleware: [
      new AuthenticationHandler(authProvider),
      new TelemetryHandler(),
      new HTTPMessageHandler(),
    ],
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    ...(options.customHosts ? { customHosts: new Set(options.customHosts) } : {}),
    ...(options.fetchOptions ? { fetchOptions: options.fetchOptions } : {}),
  });
}
