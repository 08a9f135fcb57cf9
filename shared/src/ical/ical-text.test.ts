import fc from 'fast-check';
import { contentLine, escapeICalText, foldICalLine, quoteParam } from './ical-text';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const unfold = (s: string) => s.replace(/\r\n /g, '');

describe('escapeICalText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeICalText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});

describe('quoteParam', () => {
  it('quotes, and replaces what a quoted value cannot hold', () => {
    expect(quoteParam('Mark, "the" Analyst; Sales:HQ')).toBe(`"Mark, 'the' Analyst; Sales:HQ"`);
    expect(quoteParam('a\nb\tc')).toBe('"a b\tc"');
  });
});

describe('foldICalLine', () => {
  it('leaves a line of 75 octets alone and folds the 76th octet onto a continuation line', () => {
    expect(foldICalLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldICalLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('never splits a Cyrillic or emoji character and keeps every line within 75 octets', () => {
    const line = `SUMMARY:${'Совместное планирование маркетинга и продаж 🚀 '.repeat(6)}`;
    const folded = foldICalLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(5);
    for (const part of physical) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      // Each line is whole UTF-8 on its own: decoding its bytes strictly does not fail.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(part, 'utf8'))).toBe(
        part,
      );
      expect(part).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/u);
    }
    expect(unfold(folded)).toBe(line);
  });

  it('round-trips any text and respects the limit (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const folded = foldICalLine(text);
        return unfold(folded) === text && folded.split('\r\n').every((p) => octets(p) <= 75);
      }),
    );
  });
});

describe('contentLine', () => {
  it('writes parameters before the value and folds the whole line', () => {
    expect(contentLine('DTSTART', '20260303T100000', { TZID: 'Europe/Moscow' })).toBe(
      'DTSTART;TZID=Europe/Moscow:20260303T100000',
    );
  });
});
