import { initialScriptUrls } from './ui-initial-js';

describe('initialScriptUrls', () => {
  it('takes scripts and modulepreload links, not styles or nomodule fallbacks', () => {
    const html = `<!doctype html><html><head>
      <script type="module" crossorigin src="/assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/react-def.js">
      <link rel="stylesheet" href="/assets/index.css">
      <link rel='modulepreload' href='/assets/fluent-ghi.js'>
      <script src="/config.js"></script>
      <script nomodule src="/legacy.js"></script>
      <link rel="modulepreload" href="/assets/react-def.js">
    </head><body><div id="root"></div></body></html>`;
    expect(initialScriptUrls(html)).toEqual([
      '/assets/index-abc.js',
      '/assets/react-def.js',
      '/assets/fluent-ghi.js',
      '/config.js',
    ]);
  });

  it('finds nothing in a page with inline scripts only', () => {
    expect(initialScriptUrls('<html><script>var x = 1;</script></html>')).toEqual([]);
  });
});
