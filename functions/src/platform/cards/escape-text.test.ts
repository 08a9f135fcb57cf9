/** Escaping as a reader sees it: the text reads as typed and makes no link, image or mention. */
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { escapeCardText, escapeInline, excerpt, unescapeCardText } from './escape-text';

// CommonMark with raw HTML on: the most a client could make of the text.
const markdown = new MarkdownIt({ html: true });
const visible = (html: string) =>
  html
    .replace(/<br>\n?/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('escapeCardText', () => {
  it.each([
    ['a link', '[click here](https://evil.example/login)'],
    ['an image', '![pixel](https://evil.example/p.png)'],
    ['a mention', '<at>Anna Smirnova</at> approve now'],
    ['raw HTML', '<img src=x onerror="alert(1)"> & <b>bold</b>'],
    ['emphasis and code', '**urgent** _now_ `rm -rf` ~~old~~'],
    ['a heading', '# Everyone look'],
    ['an autolink', '<https://evil.example>'],
    ['an entity', '&lt;at&gt; &copy;'],
    ['an escape of its own', '\\[not a link\\]'],
    ['a card date function', '{{DATE(2026-03-09T07:00:00Z, SHORT)}}'],
  ])('keeps %s as plain text', (_name, hostile) => {
    const html = markdown.renderInline(escapeCardText(hostile));
    expect(html).not.toMatch(/<(a|img|at|b|strong|em|code|s|h1)\b/);
    expect(visible(html)).toBe(hostile);
  });

  it('keeps any single line as plain text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (raw) => {
        const line = raw.replace(/[\r\n\u0000]/g, ' ');
        const html = markdown.renderInline(escapeCardText(line));
        expect(html).not.toMatch(/<[a-z]/);
        expect(visible(html)).toBe(line);
      }),
      { numRuns: 500 },
    );
  });
});

describe('escapeInline', () => {
  it('puts a name on one line, so it cannot start a heading or a list', () => {
    expect(escapeInline('  Anna\n# Boss\t')).toBe('Anna \\# Boss');
  });
});

describe('excerpt', () => {
  it('shortens by characters, never splitting an emoji', () => {
    expect(excerpt('ok', 5)).toBe('ok');
    expect(excerpt('😀😀😀😀😀😀', 4)).toBe('😀😀😀…');
    expect(excerpt('  spaced out words  ', 8)).toBe('spaced…');
  });
});

describe('unescapeCardText', () => {
  it('gives back exactly what was typed, backslashes included', () => {
    for (const typed of [
      'Stock (Murmansk) & co',
      '[click](https://evil.example) <at>all</at> **bold** \\(already escaped\\)',
      'plain words',
    ]) {
      expect(unescapeCardText(escapeCardText(typed))).toBe(typed);
    }
  });
});
