/** GET /api/health: anonymous; answers 200 only when Cosmos DB answers too. */
import type { HttpHandler } from './route';

export function makeHealthHandler(deps: {
  checkDatabase: () => Promise<void>;
  version: string;
}): HttpHandler {
  return async (_req, ctx) => {
    try {
      await deps.checkDatabase();
      return { status: 200, jsonBody: { status: 'ok', version: deps.version, cosmos: 'ok' } };
    } catch (err) {
      ctx.error('health check failed', err);
      return {
        status: 503,
        jsonBody: { status: 'unavailable', version: deps.version, cosmos: 'unreachable' },
      };
    }
  };
}
