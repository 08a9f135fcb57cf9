import { comparePrecedence, compileRouteTemplate } from './route-template';

describe('compileRouteTemplate', () => {
  it('matches literals case-insensitively and captures decoded params', () => {
    const t = compileRouteTemplate('requests/{id}/{action}');
    expect(t.match('Requests/r%201/acknowledge')).toEqual({ id: 'r 1', action: 'acknowledge' });
    expect(t.match('/requests/r-1/close/')).toEqual({ id: 'r-1', action: 'close' });
    expect(t.match('requests/r-1')).toBeNull();
    expect(t.match('requests/r-1/close/extra')).toBeNull();
    expect(t.match('orders/r-1/close')).toBeNull();
  });

  it('keeps an encoded slash inside its segment and refuses malformed encoding', () => {
    const t = compileRouteTemplate('files/{name}');
    expect(t.match('files/a%2Fb')).toEqual({ name: 'a/b' });
    expect(t.match('files/%E0%A4%A')).toBeNull();
  });

  it('supports optional parameters', () => {
    const t = compileRouteTemplate('admin/{kind}/{id?}');
    expect(t.match('admin/departments')).toEqual({ kind: 'departments' });
    expect(t.match('admin/departments/d-1')).toEqual({ kind: 'departments', id: 'd-1' });
  });

  it('supports constraints and refuses unknown ones', () => {
    const t = compileRouteTemplate('items/{n:int}');
    expect(t.match('items/42')).toEqual({ n: '42' });
    expect(t.match('items/abc')).toBeNull();
    expect(
      compileRouteTemplate('x/{g:guid}').match('x/72f988bf-86f1-41af-91ab-2d7cd011db47'),
    ).toEqual({
      g: '72f988bf-86f1-41af-91ab-2d7cd011db47',
    });
    expect(() => compileRouteTemplate('x/{n:regex(a)}')).toThrow(/Unsupported route/);
    expect(() => compileRouteTemplate('x/{n:decimal}')).toThrow(/Unsupported route constraint/);
  });

  it('supports a trailing catch-all', () => {
    const t = compileRouteTemplate('static/{*path}');
    expect(t.match('static/a/b/c.js')).toEqual({ path: 'a/b/c.js' });
    expect(t.match('static')).toEqual({});
    expect(() => compileRouteTemplate('{*path}/x')).toThrow(/catch-all parameter must be last/);
  });

  it('refuses templates the Functions host would refuse or we cannot honour', () => {
    expect(() => compileRouteTemplate('files/{name}.{ext}')).toThrow(/Unsupported route segment/);
    expect(() => compileRouteTemplate('a/{id?}/b')).toThrow(/optional parameter/);
  });
});

describe('comparePrecedence', () => {
  const order = (...templates: string[]) =>
    templates
      .map(compileRouteTemplate)
      .sort(comparePrecedence)
      .map((t) => t.template);

  it('puts literals before constrained params, params, optionals and catch-alls', () => {
    expect(
      order(
        'requests/{*rest}',
        'requests/{id?}',
        'requests/{id}',
        'requests/{n:int}',
        'requests/count',
      ),
    ).toEqual([
      'requests/count',
      'requests/{n:int}',
      'requests/{id}',
      'requests/{id?}',
      'requests/{*rest}',
    ]);
  });

  it('prefers the exact shorter template over one that extends it with an optional param', () => {
    expect(order('requests/{id?}', 'requests')).toEqual(['requests', 'requests/{id?}']);
  });
});
