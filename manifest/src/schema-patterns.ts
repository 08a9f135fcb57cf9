/**
 * The Teams localization schemas (v1.13 to v1.30 as shipped) contain patterns such as
 * `^activities.activityTypes\[\b([0-9]|…)\b]\.description$` whose lone `]` is a literal in
 * ordinary JavaScript regular expressions but a syntax error in the unicode mode Ajv compiles
 * with, so `validateAgainstSchema` throws before it validates anything. Escaping such a `]` keeps
 * the pattern's meaning and lets the official schema be used as it is otherwise.
 */
export function escapeLoneBrackets(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (char === '\\') {
      out += char + (pattern[i + 1] ?? '');
      i++;
    } else if (char === '[' && !inClass) {
      inClass = true;
      out += char;
    } else if (char === ']') {
      out += inClass ? char : '\\]';
      inClass = false;
    } else {
      out += char;
    }
  }
  return out;
}

function compilesInUnicodeMode(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/** Returns a copy of the schema with every unicode-invalid `pattern` and pattern key repaired. */
export function repairSchemaPatterns<T>(schema: T): T {
  const repair = (pattern: string) =>
    compilesInUnicodeMode(pattern) ? pattern : escapeLoneBrackets(pattern);
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node as Record<string, unknown>).map(([key, value]) => {
        if (key === 'pattern' && typeof value === 'string') return [key, repair(value)];
        if (key === 'patternProperties' && value !== null && typeof value === 'object') {
          const entries = Object.entries(value).map(([p, sub]) => [repair(p), walk(sub)]);
          return [key, Object.fromEntries(entries)];
        }
        return [key, walk(value)];
      }),
    );
  };
  return walk(schema) as T;
}
