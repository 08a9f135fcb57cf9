/**
 * The composition of joint planning meetings, for compose.ts: from the app's ports, the
 * `meetings` container and the tenant's calendars to the /api/meetings routes and the outbox
 * processor (the timer's pass, and a run kicked after every write without holding up the answer).
 */
import type { Container } from '@azure/cosmos';
import type { TenantId } from '@tandem/shared';
import type { CalendarGatewayFor } from './calendar/calendar-gateway';
import { makeCosmosMeetingStore } from './meeting-store';
import { type OutboxProcessor, makeOutboxProcessor } from './outbox/outbox-processor';
import type { AuthDeps } from '../../platform/http/authed';
import { ensureErrorType } from '../../platform/http/problem';
import type { Route } from '../../platform/http/route';
import type { Capabilities } from '../../kernel/ports';
import { makeCosmosMeetingCatalog, makeCosmosMinutesArchive } from './cosmos-meeting-archive';
import { meetingRoutes } from './meeting-routes';
import type { OutboxKick } from './meeting-ports';

export interface MeetingWiringDeps
  extends AuthDeps, Pick<Capabilities, 'clock' | 'ids' | 'directory' | 'requestStore'> {
  /** The `meetings` container. */
  readonly container: Container;
  readonly calendarFor: CalendarGatewayFor;
  /** Where a kicked outbox run that failed is reported; the timer retries it anyway. */
  readonly log?: (message: string, error: Error) => void;
}

export interface MeetingWiring {
  /** Add to the route table. */
  readonly routes: Route[];
  readonly processor: OutboxProcessor;
  readonly calendarFor: CalendarGatewayFor;
  /** Settles when every kicked outbox run has ended (before shutting down, and in tests). */
  idle(): Promise<void>;
}

export function wireMeetings(deps: MeetingWiringDeps): MeetingWiring {
  const meetings = makeCosmosMeetingStore(deps.container);
  const processor = makeOutboxProcessor({
    meetings,
    calendarFor: deps.calendarFor,
    clock: deps.clock,
  });
  const log = deps.log ?? ((message, error) => console.error(message, error));
  const running = new Set<Promise<void>>();
  const kickOutbox: OutboxKick = (tenantId: TenantId, id: string) => {
    const run: Promise<void> = processor
      .processMeeting(tenantId, id)
      .then(
        () => undefined,
        (err: unknown) => log(`Calendar outbox of meeting ${id} failed`, ensureErrorType(err)),
      )
      .finally(() => running.delete(run));
    running.add(run);
  };
  const routes = meetingRoutes({
    ...deps,
    meetings,
    catalog: makeCosmosMeetingCatalog(deps.container),
    minutes: makeCosmosMinutesArchive(deps.container),
    kickOutbox,
  });
  return {
    routes,
    processor,
    calendarFor: deps.calendarFor,
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
