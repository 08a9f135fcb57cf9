/**
 * The SDK's HTTP server adapter, without a server: the App registers its messaging endpoint
 * here, and whoever hosts the bot (the Azure Function, a test) calls that handler with
 * `{ body, headers }` and gets `{ status, body }` back. No framework types on either side.
 */
import type {
  HttpMethod,
  HttpRouteHandler,
  IHttpServerAdapter,
  IHttpServerRequest,
  IHttpServerResponse,
} from '@microsoft/teams.apps';

export interface CapturingAdapter extends IHttpServerAdapter {
  /** Calls the handler the SDK registered for this method and path. */
  handle(
    method: HttpMethod,
    path: string,
    request: IHttpServerRequest,
  ): Promise<IHttpServerResponse>;
}

export function makeCapturingAdapter(): CapturingAdapter {
  const handlers = new Map<string, HttpRouteHandler>();
  const key = (method: string, path: string) => `${method} ${path}`;
  return {
    registerRoute(method, path, handler) {
      handlers.set(key(method, path), handler);
    },
    async handle(method, path, request) {
      const handler = handlers.get(key(method, path));
      if (!handler) throw new Error(`The bot registered no handler for ${method} ${path}.`);
      return handler(request);
    },
  };
}
