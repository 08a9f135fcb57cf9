/**
 * The one Notifier the use cases get: every feature adds where its notifications go (stored for
 * the tab, as cards in chat), and each notification goes to all of them in turn. A failure stops
 * the rest and reaches the caller, so the sweep that sent it retries (every Notifier is
 * idempotent by notification id).
 */
import type { Notifier } from '../kernel/ports';

export interface FanOutNotifier extends Notifier {
  add(notifier: Notifier): void;
}

export function makeFanOutNotifier(): FanOutNotifier {
  const notifiers: Notifier[] = [];
  return {
    add: (notifier) => void notifiers.push(notifier),
    async notify(notification) {
      for (const notifier of notifiers) await notifier.notify(notification);
    },
  };
}
