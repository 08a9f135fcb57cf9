import { mayHaveHost } from './host-detect';

describe('mayHaveHost', () => {
  const top = { opener: null } as { parent?: unknown; self?: unknown; opener: unknown };
  top.parent = top;
  top.self = top;

  it('is false for a top-level browser window', () => {
    expect(mayHaveHost(top as never)).toBe(false);
  });

  it('is true in an iframe, a popup or a mobile web view', () => {
    expect(mayHaveHost({ parent: {}, self: top, opener: null })).toBe(true);
    expect(mayHaveHost({ ...top, parent: top, self: top, opener: {} })).toBe(true);
    expect(
      mayHaveHost({ parent: top, self: top, opener: null, nativeInterface: {} } as never),
    ).toBe(true);
  });
});
