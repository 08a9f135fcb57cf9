/**
 * CalendarGateway on Microsoft Graph v1.0 with application permissions: every call names the
 * organiser's mailbox (`/users/{mailbox}`), which an application access policy can limit to the
 * organiser mailboxes. All calls go through the one fetcher.
 */
import { NotFound } from '@tandem/shared';
import { z } from 'zod';
import type { CalendarGateway, MailboxAvailability } from './calendar-gateway';
import type { GraphFetcher } from '../../../platform/graph/graph-fetcher';
import {
  createdEventSchema,
  createdEventSelect,
  eventSummarySchema,
  eventSummarySelect,
  scheduleAnswerSchema,
} from './graph-event-schemas';
import { availabilityOf, scheduleRequest } from './graph-schedule';

/** getSchedule answers for at most this many mailboxes per call. */
export const SCHEDULES_PER_CALL = 20;

const user = (mailbox: string) => `/users/${encodeURIComponent(mailbox)}`;
const event = (mailbox: string, eventId: string) =>
  `${user(mailbox)}/events/${encodeURIComponent(eventId)}`;

export function makeGraphCalendarGateway(fetcher: GraphFetcher): CalendarGateway {
  return {
    async createEvent(organiser, body, transactionId) {
      const created = await fetcher.json(
        { method: 'POST', path: `${user(organiser)}/events`, body: { ...body, transactionId } },
        createdEventSchema,
      );
      let joinUrl = created.onlineMeeting?.joinUrl;
      if (!joinUrl && body.isOnlineMeeting) {
        // Teams may add the meeting just after the create answers; one read picks the link up.
        const read = await fetcher.json(
          { method: 'GET', path: event(organiser, created.id), select: createdEventSelect },
          createdEventSchema,
        );
        joinUrl = read.onlineMeeting?.joinUrl;
      }
      return { eventId: created.id, ...(joinUrl ? { onlineMeetingUrl: joinUrl } : {}) };
    },

    async updateEvent(organiser, eventId, body) {
      await fetcher.json(
        { method: 'PATCH', path: event(organiser, eventId), body },
        z.object({ id: z.string() }),
      );
    },

    async cancelEvent(organiser, eventId, comment) {
      try {
        await fetcher.empty({
          method: 'POST',
          path: `${event(organiser, eventId)}/cancel`,
          body: { comment },
        });
      } catch (err) {
        // A cancel repeated after a crash finds the event already gone: the goal is reached.
        if (err instanceof NotFound) return;
        throw err;
      }
    },

    async getSchedule(organiser, mailboxes, start, end, timeZone) {
      const unique = [...new Set(mailboxes.map((m) => m.toLowerCase()))];
      const found: MailboxAvailability[] = [];
      for (let i = 0; i < unique.length; i += SCHEDULES_PER_CALL) {
        const batch = unique.slice(i, i + SCHEDULES_PER_CALL);
        const { headers, body } = scheduleRequest(batch, start, end, timeZone);
        const answer = await fetcher.json(
          { method: 'POST', path: `${user(organiser)}/calendar/getSchedule`, headers, body },
          scheduleAnswerSchema,
        );
        found.push(...availabilityOf(batch, answer.value));
      }
      return found;
    },

    async listEvents(organiser) {
      const events = await fetcher.all(
        {
          path: `${user(organiser)}/events`,
          select: eventSummarySelect,
          headers: { Prefer: 'outlook.body-content-type="html"' },
        },
        eventSummarySchema,
      );
      return events.map((e) => ({
        eventId: e.id,
        subject: e.subject ?? '',
        ...(e.transactionId ? { transactionId: e.transactionId } : {}),
        bodyHtml: e.body?.content ?? '',
        isCancelled: e.isCancelled ?? false,
      }));
    },
  };
}
