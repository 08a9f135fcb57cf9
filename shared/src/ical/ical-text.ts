/**
 * The text layer of RFC 5545: escaping of TEXT values, quoting of parameter values, line
 * folding at 75 octets and date-time formats. Folding counts UTF-8 octets and only ever breaks
 * between characters, so a Cyrillic (2-octet) or emoji (4-octet) character is never split.
 */
import { offsetAt } from '../calendar/time-zone';
import type { EpochMs } from '../sla/types';

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeICalText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A parameter value, always quoted (allowed for any value, and needed for ':' ';' ','). A
 * quoted value cannot hold DQUOTE or control characters, so those are replaced.
 */
export function quoteParam(value: string): string {
  return `"${value.replace(/"/g, "'").replace(/[\x00-\x08\x0a-\x1f\x7f]/g, ' ')}"`;
}

/** Folds one content line into physical lines of at most 75 octets, joined by CRLF + space. */
export function foldICalLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export type ICalParams = Readonly<Record<string, string>>;

/** NAME;PARAM=value:value, folded. Parameter values are given already quoted where needed. */
export function contentLine(name: string, value: string, params: ICalParams = {}): string {
  const paramText = Object.entries(params)
    .map(([key, v]) => `;${key}=${v}`)
    .join('');
  return foldICalLine(`${name}${paramText}:${value}`);
}

/** A UTC DATE-TIME, e.g. 20260303T070000Z. */
export function formatUtcDateTime(instant: EpochMs): string {
  return `${compact(new Date(instant).toISOString().slice(0, 19))}Z`;
}

/** A local DATE-TIME (no Z) of the instant in the zone, e.g. 20260303T100000. */
export function formatLocalDateTime(timeZone: string, instant: EpochMs): string {
  return compact(localIsoOf(timeZone, instant));
}

/** The local wall time of the instant in the zone as 'YYYY-MM-DDTHH:mm:ss'. */
export function localIsoOf(timeZone: string, instant: EpochMs): string {
  return new Date(instant + offsetAt(timeZone, instant)).toISOString().slice(0, 19);
}

function compact(iso: string): string {
  return iso.replace(/[-:]/g, '');
}
