/**
 * The calendar without a tenant: events are kept in Cosmos (the `meetings` container, partition
 * tenantId) with the same behaviour the outbox relies on from Graph: a create with a known
 * transactionId returns the first event, an update replaces the fields sent, a cancel of a
 * cancelled or missing event is done. Invitations reach people as iCalendar files instead
 * (meeting-invite.ts).
 */
import type { Container } from '@azure/cosmos';
import { Conflict, NotFound, type TenantId, toIsoInstant } from '@tandem/shared';
import { cosmosCall } from '../../../../platform/cosmos/cosmos-errors';
import type { CalendarGateway, CalendarGatewayFor } from '../calendar-gateway';
import type { Clock } from '../../../../kernel/ports';
import {
  type LocalEventDocument,
  localEventDocumentId,
  localEventIdOf,
  withUpdate,
} from './local-event-document';
import { makeLocalEventStore, sameMailbox } from './local-event-store';
import { busyByMailbox } from './local-schedule';

export function makeLocalCalendars(container: Container, clock: Clock): CalendarGatewayFor {
  return (tenantId) => makeLocalCalendarGateway(container, tenantId, clock);
}

export function makeLocalCalendarGateway(
  container: Container,
  tenantId: TenantId,
  clock: Clock,
): CalendarGateway {
  const events = makeLocalEventStore(container, tenantId);
  const now = () => toIsoInstant(clock.now());
  return {
    async createEvent(organiser, event, transactionId) {
      const eventId = localEventIdOf(tenantId, transactionId);
      const doc: LocalEventDocument = {
        id: localEventDocumentId(eventId),
        tenantId,
        docType: 'calendar-event',
        eventId,
        organiserMailbox: organiser,
        transactionId,
        event: { ...event, transactionId },
        status: 'active',
        cancelComment: null,
        createdAt: now(),
        updatedAt: now(),
      };
      try {
        await cosmosCall('Calendar event', eventId, () => container.items.create(doc));
      } catch (err) {
        // The create was made before (a retry): answer with that event, as Graph does.
        if (!(err instanceof Conflict)) throw err;
      }
      return { eventId };
    },

    async updateEvent(organiser, eventId, update) {
      await events.change(organiser, eventId, (doc) => {
        if (doc.status === 'cancelled') throw new NotFound('Calendar event', eventId);
        return { ...doc, event: withUpdate(doc.event, update), updatedAt: now() };
      });
    },

    async cancelEvent(organiser, eventId, comment) {
      try {
        await events.change(organiser, eventId, (doc) =>
          doc.status === 'cancelled'
            ? undefined
            : { ...doc, status: 'cancelled', cancelComment: comment, updatedAt: now() },
        );
      } catch (err) {
        if (!(err instanceof NotFound)) throw err;
      }
    },

    async getSchedule(_organiser, mailboxes, start, end) {
      const active = (await events.list()).filter((d) => d.status === 'active');
      const busy = busyByMailbox(active, start, end);
      return mailboxes.map((mailbox) => ({ mailbox, busy: busy.get(mailbox.toLowerCase()) ?? [] }));
    },

    async listEvents(organiser) {
      const mine = (await events.list()).filter((d) => sameMailbox(d.organiserMailbox, organiser));
      return mine.map((d) => ({
        eventId: d.eventId,
        subject: d.event.subject,
        transactionId: d.transactionId,
        bodyHtml: d.event.body.content,
        isCancelled: d.status === 'cancelled',
      }));
    },
  };
}
