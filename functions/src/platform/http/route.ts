/**
 * The one route table shape: main.ts registers each entry with app.http (Azure Functions), and
 * the local host serves the very same entries, so both run identical handlers.
 */
import type {
  HttpMethod,
  HttpRequest,
  HttpResponseInit,
  InvocationContext,
} from '@azure/functions';

export type HttpHandler = (req: HttpRequest, ctx: InvocationContext) => Promise<HttpResponseInit>;

export interface Route {
  /** Function name: unique, letters/digits/-/_ (the Functions host's rule). */
  readonly name: string;
  readonly methods: readonly HttpMethod[];
  /** Functions route template below the `api/` prefix, e.g. 'requests/{id}/{action}'. */
  readonly route: string;
  /** Functions-level keys are not used: callers authenticate with bearer tokens in the handler. */
  readonly authLevel?: 'anonymous';
  readonly handler: HttpHandler;
}
