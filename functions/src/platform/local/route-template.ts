/**
 * Azure Functions route templates ('requests/{id}/{action?}', '{id:int}', '{*rest}') compiled to
 * matchers, with ASP.NET-style precedence (literals before parameters before catch-alls) so the
 * local host picks the same function for a URL as the Functions host would.
 */
type Segment =
  | { kind: 'literal'; value: string }
  | { kind: 'param'; name: string; optional: boolean; catchAll: boolean; test?: RegExp };

export interface RouteTemplate {
  readonly template: string;
  /** Lower sorts first: compared element by element. */
  readonly precedence: readonly number[];
  match(path: string): Record<string, string> | null;
}

const CONSTRAINTS: Record<string, RegExp> = {
  int: /^-?\d+$/,
  long: /^-?\d+$/,
  bool: /^(true|false)$/i,
  alpha: /^[a-z]+$/i,
  guid: /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i,
};

const PARAM = /^\{(\*)?([A-Za-z_][A-Za-z0-9_]*)(?::([a-z]+))?(\?)?\}$/;

export function compileRouteTemplate(template: string): RouteTemplate {
  const segments = splitPath(template).map((raw): Segment => {
    if (!raw.includes('{') && !raw.includes('}'))
      return { kind: 'literal', value: raw.toLowerCase() };
    const m = PARAM.exec(raw);
    if (!m) throw new Error(`Unsupported route segment "${raw}" in "${template}".`);
    const [, star, name, constraint, question] = m;
    const test = constraint === undefined ? undefined : CONSTRAINTS[constraint];
    if (constraint !== undefined && !test) {
      throw new Error(`Unsupported route constraint "${constraint}" in "${template}".`);
    }
    return {
      kind: 'param',
      name: name as string,
      optional: question === '?',
      catchAll: star === '*',
      ...(test ? { test } : {}),
    };
  });
  segments.forEach((s, i) => {
    const last = i === segments.length - 1;
    if (s.kind === 'param' && s.catchAll && !last) {
      throw new Error(`A catch-all parameter must be last in "${template}".`);
    }
    if (
      s.kind === 'param' &&
      s.optional &&
      segments.slice(i + 1).some((n) => n.kind === 'literal')
    ) {
      throw new Error(`An optional parameter cannot precede a literal in "${template}".`);
    }
  });

  const precedence = segments.map((s) => {
    if (s.kind === 'literal') return 1;
    if (s.catchAll) return 5;
    if (s.optional) return 4;
    return s.test ? 2 : 3;
  });

  return {
    template,
    precedence,
    match(path) {
      const parts = decodeSegments(splitPath(path));
      if (!parts) return null;
      const params: Record<string, string> = {};
      for (let i = 0; i < segments.length; i++) {
        const s = segments[i] as Segment;
        const part = parts[i];
        if (s.kind === 'literal') {
          if (part === undefined || part.toLowerCase() !== s.value) return null;
          continue;
        }
        if (s.catchAll) {
          if (i < parts.length) params[s.name] = parts.slice(i).join('/');
          return params;
        }
        if (part === undefined) {
          if (s.optional) continue;
          return null;
        }
        if (s.test && !s.test.test(part)) return null;
        params[s.name] = part;
      }
      return parts.length <= segments.length ? params : null;
    },
  };
}

export function comparePrecedence(a: RouteTemplate, b: RouteTemplate): number {
  const n = Math.max(a.precedence.length, b.precedence.length);
  for (let i = 0; i < n; i++) {
    // A template that ended is less specific than one with a further literal, more than a catch-all.
    const d = (a.precedence[i] ?? 0) - (b.precedence[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Decoded after splitting, so an encoded '/' (%2F) stays inside its segment; null if malformed. */
function decodeSegments(parts: string[]): string[] | null {
  try {
    return parts.map((p) => decodeURIComponent(p));
  } catch {
    return null;
  }
}

/** Splits on '/', dropping the empty ends of leading/trailing slashes. */
function splitPath(path: string): string[] {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? [] : trimmed.split('/');
}
