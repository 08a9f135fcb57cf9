/**
 * The version of a request that people see as its ETag: it changes with every event in the
 * request's history — i.e. whenever a person changed it — and not when the SLA sweep records an
 * escalation. So a person who opened a request before a sweep can still act on it, while of two
 * people acting on the same version exactly one wins. The store's own ETag still guards every
 * write (kernel/aggregate-write.ts).
 */
import type { Request } from '@tandem/shared';
import { etagOf } from '../../kernel/version';

export function requestVersion(request: Request): string {
  return etagOf(`${request.history.length}-${request.history.at(-1)?.id ?? 'none'}`);
}
