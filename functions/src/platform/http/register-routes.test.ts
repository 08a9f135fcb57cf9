import type { HttpFunctionOptions } from '@azure/functions';
import { registerRoutes } from './register-routes';
import type { Route } from './route';

const handler: Route['handler'] = async () => ({ status: 204 });

describe('registerRoutes', () => {
  it('registers every route with its methods, template and anonymous auth level', () => {
    const registered: [string, HttpFunctionOptions][] = [];
    registerRoutes(
      [
        { name: 'getRequest', methods: ['GET'], route: 'requests/{id}', handler },
        { name: 'requestAction', methods: ['POST'], route: 'requests/{id}/{action}', handler },
      ],
      (name, options) => registered.push([name, options]),
    );
    expect(registered).toEqual([
      ['getRequest', { methods: ['GET'], route: 'requests/{id}', authLevel: 'anonymous', handler }],
      [
        'requestAction',
        { methods: ['POST'], route: 'requests/{id}/{action}', authLevel: 'anonymous', handler },
      ],
    ]);
  });

  it('refuses duplicate (case-insensitive) and invalid function names', () => {
    const noop = () => undefined;
    expect(() =>
      registerRoutes(
        [
          { name: 'health', methods: ['GET'], route: 'health', handler },
          { name: 'Health', methods: ['GET'], route: 'health2', handler },
        ],
        noop,
      ),
    ).toThrow('Duplicate function name "Health".');
    expect(() =>
      registerRoutes([{ name: 'get request', methods: ['GET'], route: 'x', handler }], noop),
    ).toThrow(/Invalid function name/);
  });
});
