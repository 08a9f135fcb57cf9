import { tabContentUrl } from './tab-content-url';

describe('tabContentUrl', () => {
  it('points at the tab with the department and drops the config route and overrides', () => {
    expect(tabContentUrl('https://tandem.example/?theme=dark&lang=ru#/config', 'marketing')).toBe(
      'https://tandem.example/?department=marketing',
    );
  });

  it('keeps the path the tab is served from and encodes the id', () => {
    expect(tabContentUrl('https://host.example/tab/index.html#/config', 'a b')).toBe(
      'https://host.example/tab/index.html?department=a+b',
    );
  });
});
