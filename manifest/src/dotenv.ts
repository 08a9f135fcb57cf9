/**
 * Parses a `.env` file: `KEY=value` lines, `#` comments, optional `export ` and matching quotes.
 * Kept to what env.example documents, so there is no dependency for a few lines of settings.
 */
export function parseDotenv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) throw new Error(`.env line ${index + 1}: expected KEY=value, got "${line}"`);
    const [, key, rawValue] = match as unknown as [string, string, string];
    const quoted = /^(["'])(.*)\1$/.exec(rawValue);
    values[key] = quoted ? (quoted[2] as string) : rawValue.replace(/\s+#.*$/, '');
  });
  return values;
}
