/**
 * The ports the meetings use cases ask for, beside the app's Capabilities: the meeting store of
 * the calendar outbox, a catalog to list a tenant's meetings, the minutes archive, the tenant's
 * calendar (for free/busy) and the outbox kick. Each use case picks the ones it needs.
 */
import type { TenantId } from '@tandem/shared';
import type { CalendarGatewayFor } from './calendar/calendar-gateway';
import type { MeetingStore, StoredMeeting } from './meeting-store';
import type { Capabilities } from '../../kernel/ports';
import type { StoredMinutes } from './minutes-document';
import type { RequestStoreCapability } from '../requests';

export interface MeetingCatalog {
  /** Every meeting of the tenant (the tab's list); a tenant has tens, not thousands. */
  list(tenantId: TenantId): Promise<readonly StoredMeeting[]>;
}

export interface MinutesArchive {
  /** Writes the minutes of one occurrence, replacing an earlier attempt for the same one. */
  put(minutes: StoredMinutes): Promise<void>;
  /** The minutes of a series, newest occurrence first. */
  list(tenantId: TenantId, seriesId: string): Promise<readonly StoredMinutes[]>;
}

/** Asks the outbox processor to send what the meeting queued; never awaited by the caller. */
export type OutboxKick = (tenantId: TenantId, meetingId: string) => void;

export interface MeetingCapabilities
  extends Pick<Capabilities, 'clock' | 'ids' | 'directory'>, RequestStoreCapability {
  readonly meetings: MeetingStore;
  readonly catalog: MeetingCatalog;
  readonly minutes: MinutesArchive;
  readonly calendarFor: CalendarGatewayFor;
  readonly kickOutbox: OutboxKick;
}
