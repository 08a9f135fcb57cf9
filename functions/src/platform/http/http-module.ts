/**
 * The platform's own routes: GET /api/health (anonymous) and GET /api/openapi.json, the document
 * assembled from every module's piece (given once the root has them all).
 */
import type { FeatureModule } from '../module';
import type { Platform } from '../platform';
import { makeHealthHandler } from './health-handler';
import { makeOpenApiDocument } from './openapi-document';
import type { OpenApiPiece } from './openapi-operation';
import { platformOpenApi } from './platform-openapi';

export function httpModule(
  platform: Platform,
  pieces: () => readonly OpenApiPiece[],
): FeatureModule {
  let document: ReturnType<typeof makeOpenApiDocument> | undefined;
  return {
    name: 'platform',
    openApi: platformOpenApi,
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
        handler: async () => {
          document ??= makeOpenApiDocument(platform.version, pieces());
          return { status: 200, jsonBody: document };
        },
      },
    ],
  };
}
