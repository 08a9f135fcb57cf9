/**
 * The route table of the API: main.ts registers each entry with app.http in Azure, and the
 * local host serves the very same entries.
 */
import type { LocalTokenIssuer } from '../../platform/auth/local-token-issuer';
import type { DirectoryStore } from '../directory/cosmos-directory-store';
import type { NotificationInbox } from '../notifications/cosmos-notification-store';
import type { Route } from '../../platform/http/route';
import type { Capabilities } from '../../kernel/ports';
import {
  makeAdminDeleteHandler,
  makeAdminListHandler,
  makeAdminPutHandler,
} from '../directory/admin-handlers';
import type { AuthDeps } from '../../platform/http/authed';
import { makeDirectoryHandler } from '../directory/directory-handler';
import { makeDevTokenHandler, makeDevUsersHandler } from '../directory/dev-handlers';
import { makeHealthHandler } from '../../platform/http/health-handler';
import { makeMeHandler } from '../directory/me-handler';
import { makeNotificationsHandler } from '../notifications/notifications-handler';
import { makeOpenApiDocument } from '../../platform/http/openapi-document';
import {
  makeCreateRequestHandler,
  makeGetRequestHandler,
  makeListRequestsHandler,
  makePreviewSlaHandler,
  makeRequestActionHandler,
} from './request-handlers';

export interface RouteDeps extends Capabilities, AuthDeps {
  readonly directoryStore: DirectoryStore;
  readonly notifications: NotificationInbox;
  readonly checkDatabase: () => Promise<void>;
  readonly version: string;
  /** Only in local mode: the dev sign-in endpoints exist only when this is set. */
  readonly dev?: {
    readonly issuer: Pick<LocalTokenIssuer, 'issue'>;
    readonly demoTenantId: string;
  };
}

export function makeRoutes(deps: RouteDeps): Route[] {
  const openApi = makeOpenApiDocument(deps.version);
  const routes: Route[] = [
    { name: 'health', methods: ['GET'], route: 'health', handler: makeHealthHandler(deps) },
    {
      name: 'openapi',
      methods: ['GET'],
      route: 'openapi.json',
      handler: async () => ({ status: 200, jsonBody: openApi }),
    },
    { name: 'me', methods: ['GET'], route: 'me', handler: makeMeHandler(deps) },
    {
      name: 'listRequests',
      methods: ['GET'],
      route: 'requests',
      handler: makeListRequestsHandler(deps),
    },
    {
      name: 'createRequest',
      methods: ['POST'],
      route: 'requests',
      handler: makeCreateRequestHandler(deps),
    },
    {
      name: 'previewSla',
      methods: ['POST'],
      route: 'requests/preview',
      handler: makePreviewSlaHandler(deps),
    },
    {
      name: 'directory',
      methods: ['GET'],
      route: 'directory',
      handler: makeDirectoryHandler(deps),
    },
    {
      name: 'getRequest',
      methods: ['GET'],
      route: 'requests/{id}',
      handler: makeGetRequestHandler(deps),
    },
    {
      name: 'requestAction',
      methods: ['POST'],
      route: 'requests/{id}/{action}',
      handler: makeRequestActionHandler(deps),
    },
    {
      name: 'notifications',
      methods: ['GET'],
      route: 'notifications',
      handler: makeNotificationsHandler(deps),
    },
    {
      name: 'adminList',
      methods: ['GET'],
      route: 'admin/{kind}',
      handler: makeAdminListHandler(deps),
    },
    {
      name: 'adminPut',
      methods: ['PUT'],
      route: 'admin/{kind}/{id}',
      handler: makeAdminPutHandler(deps),
    },
    {
      name: 'adminDelete',
      methods: ['DELETE'],
      route: 'admin/{kind}/{id}',
      handler: makeAdminDeleteHandler(deps),
    },
  ];
  if (deps.dev) {
    const dev = { ...deps.dev, directory: deps.directory };
    routes.push(
      { name: 'devUsers', methods: ['GET'], route: 'dev/users', handler: makeDevUsersHandler(dev) },
      {
        name: 'devToken',
        methods: ['POST'],
        route: 'dev/token',
        handler: makeDevTokenHandler(dev),
      },
    );
  }
  return routes;
}
