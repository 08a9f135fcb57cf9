/**
 * The one way Tandem calls Microsoft Graph. Every call goes through `send`: `$select` to fetch
 * only what is read, answers checked against a zod schema, `@odata.nextLink` followed for
 * collections, and transient failures (429, 5xx, a lost connection) retried a bounded number of
 * times. A Retry-After is honoured (plus jitter, never less); when it is longer than one
 * invocation should wait, the CalendarUnavailable error carries it so the outbox can store it.
 * Every failure leaves as a tagged error; none is swallowed.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import type { z } from 'zod';
import { CalendarRejected, CalendarUnavailable } from './calendar-errors';
import { type GraphCall, label, sendOnce } from './graph-request';
import { graphErrorOf } from './graph-errors';
import { graphPageSchema } from './graph-schemas';

export type { GraphCall } from './graph-request';

export interface RetryPolicy {
  /** Attempts per call, the first included. */
  readonly maxAttempts: number;
  /** Longest wait inside one call; a longer Retry-After is handed to the caller instead. */
  readonly maxInlineWaitMs: number;
  /** First backoff when the service gave no Retry-After; doubles per attempt. */
  readonly baseDelayMs: number;
  /** An attempt without an answer by then is abandoned and counts as a lost connection. */
  readonly timeoutMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 4,
  maxInlineWaitMs: 10_000,
  baseDelayMs: 500,
  timeoutMs: 30_000,
};

export interface GraphFetcherDeps {
  readonly retry?: RetryPolicy;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  readonly now?: () => number;
}

export interface GraphFetcher {
  /** Sends the call and returns its JSON body checked by `schema`. */
  json<T>(call: GraphCall, schema: z.ZodType<T>): Promise<T>;
  /** Sends a call whose answer has no body (202 Accepted, 204 No Content). */
  empty(call: GraphCall): Promise<void>;
  /** GETs a collection and every further page, following @odata.nextLink. */
  all<T>(call: Omit<GraphCall, 'method' | 'body'>, item: z.ZodType<T>): Promise<T[]>;
}

export function makeGraphFetcher(client: Client, deps: GraphFetcherDeps = {}): GraphFetcher {
  const policy = deps.retry ?? defaultRetryPolicy;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = deps.random ?? Math.random;
  const now = deps.now ?? Date.now;

  async function send(call: GraphCall): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      let failure: Error;
      try {
        const response = await sendOnce(client, call, policy.timeoutMs);
        if (response.ok) return response;
        failure = graphErrorOf(
          label(call),
          response.status,
          await response.text(),
          response.headers.get('retry-after'),
          now(),
        );
      } catch (err) {
        failure = err instanceof Error ? err : new Error(String(err));
      }
      if (!(failure instanceof CalendarUnavailable) || attempt >= policy.maxAttempts) throw failure;
      const wait =
        failure.retryAfterMs !== undefined
          ? failure.retryAfterMs * (1 + 0.2 * random())
          : policy.baseDelayMs * 2 ** (attempt - 1) * (0.5 + 0.5 * random());
      if (wait > policy.maxInlineWaitMs) throw failure;
      await sleep(wait);
    }
  }

  async function parse<T>(call: GraphCall, response: Response, schema: z.ZodType<T>): Promise<T> {
    const parsed = schema.safeParse(await response.json());
    if (parsed.success) return parsed.data;
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new CalendarRejected(
      `${label(call)} answered with an unexpected body (${issues}).`,
      response.status,
      'UnexpectedResponse',
    );
  }

  return {
    async json(call, schema) {
      return parse(call, await send(call), schema);
    },
    async empty(call) {
      const response = await send(call);
      await response.arrayBuffer();
    },
    async all<T>(call: Omit<GraphCall, 'method' | 'body'>, item: z.ZodType<T>) {
      const items: T[] = [];
      let next: GraphCall | undefined = { ...call, method: 'GET' };
      while (next) {
        const page: GraphPage<T> = await parse(next, await send(next), graphPageSchema(item));
        items.push(...page.value);
        const link = page['@odata.nextLink'];
        // The link already carries $select and the skip token; the headers still apply.
        next = link ? { method: 'GET', path: link, ...headersOf(call) } : undefined;
      }
      return items;
    },
  };
}

interface GraphPage<T> {
  readonly value: T[];
  readonly '@odata.nextLink'?: string | undefined;
}

function headersOf(call: Pick<GraphCall, 'headers'>) {
  return call.headers ? { headers: call.headers } : {};
}
