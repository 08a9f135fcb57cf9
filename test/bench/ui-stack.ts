/**
 * The local stack for the front-end benchmark, loaded from the compiled product at run time:
 * this folder compiles on its own (rootDir test/bench), so it cannot import functions/src, and
 * `npm run bench` has just built functions/dist. Requests are seeded through the API as a user
 * would raise them, with tokens from the dev sign-in endpoint.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface UiStack {
  readonly url: string;
  /** A bearer token for a demo person, by the dev sign-in endpoint. */
  token(personId: string): Promise<string>;
  call<T>(method: string, apiPath: string, personId: string, json?: unknown): Promise<T>;
  close(): Promise<void>;
}

export interface DemoPerson {
  readonly id: string;
  readonly displayName: string;
  readonly departmentId: string;
  readonly role: string;
}

interface LocalStackModule {
  readonly startLocalStack: (options: {
    config: unknown;
    seed: boolean;
    quiet: boolean;
  }) => Promise<{ url: string; close(): Promise<void> }>;
}
interface ConfigModule {
  readonly loadConfig: (env: Record<string, string>) => unknown;
}

export async function startUiStack(): Promise<UiStack> {
  /* eslint-disable @typescript-eslint/no-require-imports -- compiled product code, see above */
  const { startLocalStack } =
    require('@tandem/functions/dist/platform/local/local-stack') as LocalStackModule;
  const { loadConfig } = require('@tandem/functions/dist/config') as ConfigModule;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-ui-bench-'));
  const config = loadConfig({ PORT: '0', COSMOS_LOCAL_PORT: '0', TANDEM_DATA_DIR: dataDir });
  const stack = await startLocalStack({ config, seed: true, quiet: true });
  const tokens = new Map<string, Promise<string>>();
  const fetchJson = async <T>(method: string, apiPath: string, init: RequestInit): Promise<T> => {
    const res = await fetch(`${stack.url}${apiPath}`, { method, ...init });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${apiPath}: ${res.status} ${text}`);
    return JSON.parse(text) as T;
  };
  const ui: UiStack = {
    url: stack.url,
    token(personId) {
      let token = tokens.get(personId);
      if (!token) {
        token = fetchJson<{ token: string }>('POST', '/api/dev/token', {
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ userId: personId }),
        }).then((r) => r.token);
        tokens.set(personId, token);
      }
      return token;
    },
    async call<T>(method: string, apiPath: string, personId: string, json?: unknown) {
      const headers: Record<string, string> = {
        authorization: `Bearer ${await ui.token(personId)}`,
      };
      if (json !== undefined) headers['content-type'] = 'application/json';
      return fetchJson<T>(method, apiPath, {
        headers,
        ...(json === undefined ? {} : { body: JSON.stringify(json) }),
      });
    },
    async close() {
      await stack.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return ui;
}

export async function demoPeople(stack: UiStack): Promise<DemoPerson[]> {
  const res = await fetch(`${stack.url}/api/dev/users`);
  if (!res.ok) throw new Error(`GET /api/dev/users: ${res.status}`);
  return ((await res.json()) as { users: DemoPerson[] }).users;
}
