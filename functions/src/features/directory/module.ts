/**
 * The directory feature, declared once: who the caller is (/api/me), the tenant's directory for
 * the tab (/api/directory), its administration (/api/admin/...), and in local mode the dev
 * sign-in. Other features add what keeps an entry in use (addUsageCheck) before the first call.
 */
import type { FeatureModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import {
  makeAdminDeleteHandler,
  makeAdminListHandler,
  makeAdminPutHandler,
} from './admin-handlers';
import { makeDevTokenHandler, makeDevUsersHandler } from './dev-handlers';
import type { DirectoryUsageCheck } from './directory-references';
import { makeDirectoryHandler } from './directory-handler';
import { makeMeHandler } from './me-handler';
import type { Route } from '../../platform/http/route';
import { directoryOpenApi } from './directory-openapi';

export interface DirectoryFeature {
  readonly module: FeatureModule;
  addUsageCheck(check: DirectoryUsageCheck): void;
}

export function directoryModule(platform: Platform): DirectoryFeature {
  const usage: DirectoryUsageCheck[] = [];
  const deps = { ...platform, directoryStore: platform.directory, usage };
  const routes: Route[] = [
    { name: 'me', methods: ['GET'], route: 'me', handler: makeMeHandler(deps) },
    {
      name: 'directory',
      methods: ['GET'],
      route: 'directory',
      handler: makeDirectoryHandler(deps),
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
  if (platform.dev) {
    const dev = { ...platform.dev, directory: platform.directory };
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
  return {
    addUsageCheck: (check) => void usage.push(check),
    module: { name: 'directory', openApi: directoryOpenApi, routes },
  };
}
