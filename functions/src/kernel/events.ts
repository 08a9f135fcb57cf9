/**
 * The after-write event bus: a store announces each aggregate it wrote, and features listen
 * (the chat keeps posted cards current, for one). Listeners run synchronously and must not
 * throw or block: they hand slow work to background tasks. A listener that throws anyway is
 * reported and does not disturb the writer or the other listeners.
 */
import type { TenantId } from '@tandem/shared';

export interface AfterWrite<T = unknown> {
  /** The aggregate's kind, e.g. the feature's own name for it. */
  readonly kind: string;
  readonly tenantId: TenantId;
  readonly id: string;
  /** True for the write that created it. */
  readonly created: boolean;
  /** The aggregate as written. */
  readonly value: T;
}

export type AfterWriteListener<T = unknown> = (event: AfterWrite<T>) => void;

export interface AfterWriteBus {
  publish<T>(event: AfterWrite<T>): void;
  /** Listens to writes of one kind of aggregate. */
  on<T>(kind: string, listener: AfterWriteListener<T>): void;
}

/** What may publish: stores take only this. */
export type AfterWritePublisher = Pick<AfterWriteBus, 'publish'>;

export function makeAfterWriteBus(
  onListenerError: (kind: string, err: unknown) => void = (kind, err) =>
    console.error(`An after-write listener of ${kind} failed`, err),
): AfterWriteBus {
  const listeners = new Map<string, AfterWriteListener[]>();
  return {
    publish(event) {
      for (const listener of listeners.get(event.kind) ?? []) {
        try {
          listener(event);
        } catch (err) {
          onListenerError(event.kind, err);
        }
      }
    },
    on(kind, listener) {
      listeners.set(kind, [...(listeners.get(kind) ?? []), listener as AfterWriteListener]);
    },
  };
}

/** Publishes nothing: for stores used where nobody listens (tools, some tests). */
export const noAfterWrite: AfterWritePublisher = { publish: () => undefined };
