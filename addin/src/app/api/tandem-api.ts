/**
 * The app's own calls (who is signed in, the directory) and the client the features' own APIs
 * are built on (each in its `features/<x>/api.ts`); one instance per signed-in session.
 */
import type { ApiClient } from './api-client';
import { schemas } from './lazy-schemas';

export function makeTandemApi(client: ApiClient) {
  return {
    me: () => client.call('/me', schemas.me),
    directory: () => client.call('/directory', schemas.directory),
    client,
  };
}
export type TandemApi = ReturnType<typeof makeTandemApi>;

/** A fresh idempotency key per form (crypto.randomUUID needs a secure context; localhost is one). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
