/** Registers the route table with the Functions runtime (called once from main.ts). */
import { app, type HttpFunctionOptions } from '@azure/functions';
import type { Route } from './route';

type Register = (name: string, options: HttpFunctionOptions) => void;

const FUNCTION_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,126}$/;

export function registerRoutes(routes: readonly Route[], register: Register = app.http): void {
  const seen = new Set<string>();
  for (const r of routes) {
    if (!FUNCTION_NAME.test(r.name)) throw new Error(`Invalid function name "${r.name}".`);
    if (seen.has(r.name.toLowerCase())) throw new Error(`Duplicate function name "${r.name}".`);
    seen.add(r.name.toLowerCase());
    register(r.name, {
      methods: [...r.methods],
      route: r.route,
      authLevel: r.authLevel ?? 'anonymous',
      handler: r.handler,
    });
  }
}
