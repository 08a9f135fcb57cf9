/**
 * The local host's route table: the same Route[] main.ts registers, matched with the Functions
 * host's precedence (route-template.ts) against only the routes of the request's method.
 */
import type { Route } from '../http/route';
import { comparePrecedence, compileRouteTemplate, type RouteTemplate } from './route-template';

export interface Hit {
  route: Route;
  params: Record<string, string>;
}

interface Entry {
  readonly route: Route;
  readonly template: RouteTemplate;
  /** The template's first segment when it is a literal (lower case): no other path can match. */
  readonly firstLiteral: string | undefined;
}

export type RouteTable = ReadonlyMap<string, readonly Entry[]>;

/** Per method, in precedence order, so a request is matched only against its method's routes. */
export function routesByMethod(routes: readonly Route[]): RouteTable {
  const sorted = routes
    .map((route) => ({
      route,
      template: compileRouteTemplate(route.route),
      firstLiteral: literalFirstSegment(route.route),
    }))
    .sort((a, b) => comparePrecedence(a.template, b.template));
  const table = new Map<string, Entry[]>();
  for (const entry of sorted) {
    for (const method of entry.route.methods) {
      const list = table.get(method) ?? [];
      list.push(entry);
      table.set(method, list);
    }
  }
  return table;
}

/**
 * Each template matches by splitting and decoding the whole path, so trying every route of a
 * method costs a dozen of those; a route whose template opens with a literal can only match a
 * path whose first segment is that literal, which one decode of that segment tells.
 */
export function findRoute(table: RouteTable, method: string, path: string): Hit | undefined {
  const first = firstSegment(path);
  for (const { route, template, firstLiteral } of table.get(method) ?? []) {
    if (firstLiteral !== undefined && first !== undefined && first !== firstLiteral) continue;
    const params = template.match(path);
    if (params) return { route, params };
  }
  return undefined;
}

/** Split as route-template.ts splits: leading slashes dropped, up to the next '/'. */
function segmentsOf(path: string): string[] {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? [] : trimmed.split('/', 2);
}

function literalFirstSegment(template: string): string | undefined {
  const first = segmentsOf(template)[0];
  return first === undefined || first.includes('{') || first.includes('}')
    ? undefined
    : first.toLowerCase();
}

/** Decoded and lower-cased; undefined when there is none or it does not decode (no skipping). */
function firstSegment(path: string): string | undefined {
  const first = segmentsOf(path)[0];
  if (first === undefined) return undefined;
  try {
    return decodeURIComponent(first).toLowerCase();
  } catch {
    return undefined;
  }
}
