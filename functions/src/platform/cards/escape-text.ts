/**
 * Text that people typed (titles, descriptions, comments, names) is shown in TextBlocks, which
 * Teams reads as markdown. Unescaped, a title could carry a link whose text hides its target,
 * an image that calls home, or an `<at>` mention. Every markdown and HTML punctuation mark is
 * backslash-escaped (CommonMark allows escaping any ASCII punctuation), the backslash first so
 * that an escape typed by the user stays literal too.
 */
const special = /[\\[\]()*_`#<>&!~|{}]/g;

export function escapeCardText(text: string): string {
  return text.replace(special, (c) => `\\${c}`);
}

/** The text again without the escapes, for places Teams shows as plain text (notifications). */
export function unescapeCardText(escaped: string): string {
  return escaped.replace(/\\([\\[\]()*_`#<>&!~|{}])/g, '$1');
}

/**
 * Shortens long user text before escaping, so an escape is never cut in half; cards have a
 * size limit (about 28 KB in Teams) and the full text is one click away in the tab.
 */
export function excerpt(text: string, maxChars: number): string {
  // Code points, not UTF-16 units, so an emoji is never split into a broken surrogate.
  const chars = Array.from(text.trim());
  if (chars.length <= maxChars) return chars.join('');
  return `${chars
    .slice(0, maxChars - 1)
    .join('')
    .trimEnd()}…`;
}

/** Names from the directory are shown on one line: line breaks would start markdown blocks. */
export function escapeInline(text: string): string {
  return escapeCardText(text.replace(/\s+/g, ' ').trim());
}
