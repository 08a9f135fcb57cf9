/** The platform's own routes: GET /api/health (anonymous) and GET /api/openapi.json. */
import type { FeatureModule } from '../module';
import type { Platform } from '../platform';
import { makeHealthHandler } from './health-handler';
import { makeOpenApiDocument } from './openapi-document';

export function httpModule(platform: Platform): FeatureModule {
  const openApi = makeOpenApiDocument(platform.version);
  return {
    name: 'platform',
    routes: [
      {
        name: 'health',
        methods: ['GET'],
        route: 'health',
        handler: makeHealthHandler({
          version: platform.version,
          checkDatabase: async () => {
            await platform.database.read();
          },
        }),
      },
      {
        name: 'openapi',
        methods: ['GET'],
        route: 'openapi.json',
        handler: async () => ({ status: 200, jsonBody: openApi }),
      },
    ],
  };
}
