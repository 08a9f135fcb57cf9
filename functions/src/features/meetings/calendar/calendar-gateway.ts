/**
 * The calendar port: what Tandem asks of an Outlook calendar (Microsoft Graph) or of the local
 * stand-in that keeps events in Cosmos when there is no tenant. One gateway serves one tenant
 * (Graph tokens are per tenant); `CalendarGatewayFor` picks it. Bodies are the Graph v1.0 shapes
 * built in shared (`toGraphEvent`, `toGraphEventUpdate`), so no adapter rebuilds them.
 */
import type { EpochMs, GraphEvent, GraphEventUpdate, TenantId } from '@tandem/shared';

export interface CreatedCalendarEvent {
  readonly eventId: string;
  /** The Teams join link, when the calendar made an online meeting. */
  readonly onlineMeetingUrl?: string;
}

/** Free/busy statuses as Graph names them; only `free` and `workingElsewhere` leave a person free. */
export type BusyStatus = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

export interface BusyInterval {
  readonly start: EpochMs;
  readonly end: EpochMs;
  readonly status: BusyStatus;
}

export interface MailboxAvailability {
  readonly mailbox: string;
  readonly busy: readonly BusyInterval[];
  /** Set when the calendar could not tell (unknown mailbox, no permission); `busy` is then empty. */
  readonly error?: string;
}

export interface CalendarEventSummary {
  readonly eventId: string;
  readonly subject: string;
  readonly transactionId?: string;
  readonly bodyHtml: string;
  readonly isCancelled: boolean;
}

export interface CalendarGateway {
  /**
   * Creates the event on the organiser's calendar and sends the invitations. A repeated call with
   * the same `transactionId` returns the event made the first time instead of a second one.
   */
  createEvent(
    organiserMailbox: string,
    event: GraphEvent,
    transactionId: string,
  ): Promise<CreatedCalendarEvent>;
  /** Sends the changed invitation; repeating the same update changes nothing more. */
  updateEvent(organiserMailbox: string, eventId: string, event: GraphEventUpdate): Promise<void>;
  /** Cancels the event and tells the attendees; an event already gone counts as cancelled. */
  cancelEvent(organiserMailbox: string, eventId: string, comment: string): Promise<void>;
  /** Free/busy of each mailbox in [start, end); `timeZone` (IANA) is the zone of the question. */
  getSchedule(
    organiserMailbox: string,
    mailboxes: readonly string[],
    start: EpochMs,
    end: EpochMs,
    timeZone: string,
  ): Promise<readonly MailboxAvailability[]>;
  /** The events on the organiser's calendar (reconciliation and checks). */
  listEvents(organiserMailbox: string): Promise<readonly CalendarEventSummary[]>;
}

export type CalendarGatewayFor = (tenantId: TenantId) => CalendarGateway;
