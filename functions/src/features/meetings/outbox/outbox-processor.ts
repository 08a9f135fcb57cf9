/**
 * Sends what meeting outboxes hold, head first, per meeting. Each send is bracketed by two
 * If-Match writes: the claim (attempt counted, other processors kept off for `claimMs`) and the
 * settlement (done, or the next try with its backoff). A crash between the send and the
 * settlement leaves the claim to run out; the next processor sends the same entry again, which
 * the calendar absorbs: a create carries its stored transactionId (Graph returns the event it
 * made the first time), an update sends the same body again, a cancel of a cancelled event is done.
 */
import { PreconditionFailed, type TenantId } from '@tandem/shared';
import type { Clock } from '../../../kernel/ports';
import type { CalendarGatewayFor, CreatedCalendarEvent } from '../calendar/calendar-gateway';
import { type MeetingStore, changeMeeting } from '../meeting-store';
import type { OutboxBackoff } from './outbox-backoff';
import { sendEntry } from './outbox-send';
import { nextOutboxStep, settleFailed, settleSent } from './outbox-steps';

export interface OutboxProcessorDeps {
  readonly meetings: MeetingStore;
  readonly calendarFor: CalendarGatewayFor;
  readonly clock: Clock;
  readonly random?: () => number;
  /** How long a claim keeps other processors off; longer than one send with its retries. */
  readonly claimMs?: number;
  readonly backoff?: OutboxBackoff;
}

export interface OutboxReport {
  readonly sent: number;
  /** Sends that failed and will be tried again later. */
  readonly retrying: number;
  /** Entries given up as failed (the error is on the entry and in `calendar.lastError`). */
  readonly failed: number;
}

export interface OutboxProcessor {
  /** Sends the meeting's pending entries that are due; call it right after queuing a write. */
  processMeeting(tenantId: TenantId, id: string): Promise<OutboxReport>;
  /** The timer's pass: every meeting whose outbox is due, most overdue first. */
  processDue(limit?: number): Promise<OutboxReport>;
}

export function makeOutboxProcessor(deps: OutboxProcessorDeps): OutboxProcessor {
  const { meetings, clock } = deps;
  const random = deps.random ?? Math.random;
  const claimMs = deps.claimMs ?? 120_000;

  async function processMeeting(tenantId: TenantId, id: string): Promise<OutboxReport> {
    const report = { sent: 0, retrying: 0, failed: 0 };
    for (;;) {
      const { value, etag } = await meetings.get(tenantId, id);
      const step = nextOutboxStep(value, clock.now(), claimMs);
      if (step.kind !== 'send') return report;
      try {
        await meetings.replace(step.doc, etag);
      } catch (err) {
        if (err instanceof PreconditionFailed) continue; // changed meanwhile: look again
        throw err;
      }
      const entryId = step.entry.id;
      let created: CreatedCalendarEvent | undefined;
      try {
        created = await sendEntry(deps.calendarFor, step.doc, step.entry);
      } catch (error) {
        let gaveUp = false;
        await changeMeeting(meetings, tenantId, id, (d) => {
          const next = settleFailed(d, entryId, error, clock.now(), random, deps.backoff);
          gaveUp = next.outbox.some((e) => e.id === entryId && e.status === 'failed');
          return next;
        });
        if (!gaveUp) {
          report.retrying++;
          return report; // the head waits; later entries must not overtake it
        }
        report.failed++;
        continue;
      }
      await changeMeeting(meetings, tenantId, id, (d) =>
        settleSent(d, entryId, created, clock.now()),
      );
      report.sent++;
    }
  }

  return {
    processMeeting,
    async processDue(limit = 50) {
      const due = await meetings.findOutboxDue(clock.now(), limit);
      const total = { sent: 0, retrying: 0, failed: 0 };
      const errors: unknown[] = [];
      for (const ref of due) {
        // One meeting's database trouble must not starve the others; it is rethrown below.
        try {
          const report = await processMeeting(ref.tenantId, ref.id);
          total.sent += report.sent;
          total.retrying += report.retrying;
          total.failed += report.failed;
        } catch (err) {
          errors.push(err);
        }
      }
      if (errors.length > 0) {
        throw new AggregateError(errors, `Calendar outbox: ${errors.length} meeting(s) failed.`);
      }
      return total;
    },
  };
}
