/**
 * The joint planning meetings feature, declared once: the /api/meetings routes and the calendar
 * outbox's timer (each write also kicks a run, the timer catches the rest: retries after 429/503,
 * runs cut short when the host froze the instance), on the tenants' calendars.
 */
import type { TenantId } from '@tandem/shared';
import { ensureErrorType } from '../../platform/http/problem';
import type { FeatureModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import type { CalendarGatewayFor } from './calendar/calendar-gateway';
import { makeCosmosMeetingCatalog, makeCosmosMinutesArchive } from './cosmos-meeting-archive';
import { makeCosmosMeetingStore } from './meeting-store';
import type { OutboxKick } from './meeting-ports';
import { meetingRoutes } from './meeting-routes';
import {
  type OutboxProcessor,
  type OutboxReport,
  makeOutboxProcessor,
} from './outbox/outbox-processor';
import { type GraphHooks, makeCalendars } from './wire-calendar';
import { meetingOpenApi } from './meeting-openapi';
import type { RequestStore } from '../requests';

export interface MeetingsOptions {
  /** Another calendar than the configured one (tests); otherwise config.calendar decides. */
  readonly calendarFor?: CalendarGatewayFor;
  /** Test-only additions to a Graph calendar (trust in a stand-in's certificate, sleeps). */
  readonly graph?: GraphHooks;
}

export interface MeetingsFeature {
  readonly module: FeatureModule;
  readonly processor: OutboxProcessor;
  readonly calendarFor: CalendarGatewayFor;
  /** Settles when every kicked outbox run has ended (before shutting down, and in tests). */
  idle(): Promise<void>;
}

export function meetingsModule(
  platform: Platform,
  requests: { readonly requestStore: RequestStore },
  options: MeetingsOptions = {},
): MeetingsFeature {
  const container = platform.container('meetings');
  const calendarFor =
    options.calendarFor ??
    makeCalendars(platform.config.calendar, container, platform.clock, options.graph);
  const meetings = makeCosmosMeetingStore(container);
  const processor = makeOutboxProcessor({ meetings, calendarFor, clock: platform.clock });
  const running = new Set<Promise<void>>();
  const kickOutbox: OutboxKick = (tenantId: TenantId, id: string) => {
    const run: Promise<void> = processor
      .processMeeting(tenantId, id)
      .then(
        () => undefined,
        (err: unknown) =>
          platform.log('error', `Calendar outbox of meeting ${id} failed`, ensureErrorType(err)),
      )
      .finally(() => running.delete(run));
    running.add(run);
  };
  const idle = async () => {
    while (running.size > 0) await Promise.allSettled([...running]);
  };
  return {
    processor,
    calendarFor,
    idle,
    module: {
      name: 'meetings',
      openApi: meetingOpenApi,
      routes: meetingRoutes({
        ...platform,
        requestStore: requests.requestStore,
        meetings,
        catalog: makeCosmosMeetingCatalog(container),
        minutes: makeCosmosMinutesArchive(container),
        calendarFor,
        kickOutbox,
      }),
      sweeps: [
        {
          timer: 'calendarOutbox',
          schedule: '30 */1 * * * *',
          everyMs: 5_000,
          run: () => processor.processDue(),
          worthLogging: (r) => {
            const report = r as OutboxReport;
            return report.sent + report.retrying + report.failed > 0;
          },
        },
      ],
      idle,
    },
  };
}
