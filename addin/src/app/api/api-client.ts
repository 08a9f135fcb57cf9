/**
 * The one fetch wrapper of the tab: bearer token on every call (one retry with a fresh token on
 * 401), JSON in and out, problem+json turned into ApiProblem, and every answer checked with zod.
 * Schemas come through a loader so that zod and the shared schemas (about 25 KB gzipped) are a
 * chunk of their own, fetched alongside the first API call instead of blocking the first paint.
 */
import type { z } from 'zod';
import { ApiProblem, ResponseInvalid } from './api-problem';

export interface ApiClientOptions {
  readonly baseUrl: string;
  readonly getToken: (refresh?: boolean) => Promise<string>;
  readonly fetch?: typeof fetch;
}

export interface CallOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH';
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

export type SchemaLoader<S extends z.ZodType> = () => Promise<S>;

export interface ApiClient {
  call: <S extends z.ZodType>(
    path: string,
    schema: SchemaLoader<S>,
    options?: CallOptions,
  ) => Promise<z.output<S>>;
}

export function makeApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? fetch.bind(globalThis);

  async function send(path: string, init: CallOptions, refresh: boolean): Promise<Response> {
    const token = await options.getToken(refresh);
    const headers: Record<string, string> = {
      accept: 'application/json',
      authorization: `Bearer ${token}`,
      ...init.headers,
    };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    try {
      return await doFetch(`${options.baseUrl}${path}`, {
        method: init.method ?? 'GET',
        headers,
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        ...(init.signal ? { signal: init.signal } : {}),
      });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') throw err;
      throw ApiProblem.network(err);
    }
  }

  return {
    async call(path, schema, init = {}) {
      const loading = schema();
      let res = await send(path, init, false);
      if (res.status === 401) res = await send(path, init, true);
      const body: unknown = await readBody(res);
      if (!res.ok) throw ApiProblem.fromBody(res.status, res.statusText, body);
      const parsed = (await loading).safeParse(body);
      if (!parsed.success) {
        const issues = parsed.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('; ');
        throw new ResponseInvalid(path, issues);
      }
      return parsed.data;
    },
  };
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
