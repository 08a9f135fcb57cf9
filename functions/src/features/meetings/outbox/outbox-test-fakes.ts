/**
 * In-memory fakes of the outbox's ports for unit tests (not part of the build): a meeting store
 * with ETags and a hook to lose a race, and a calendar that dedupes creates by transactionId,
 * logs every call and fails the calls a test scripts.
 */
import { Conflict, NotFound, PreconditionFailed } from '@tandem/shared';
import type { CalendarGateway, MailboxAvailability } from '../calendar/calendar-gateway';
import type { MeetingDocument } from '../meeting-document';
import { type MeetingStore, outboxDueAtOf } from '../meeting-store';

export interface FakeMeetingStore extends MeetingStore {
  /** Runs once before the next replace, e.g. to make it lose a race. */
  beforeNextReplace?: (() => void) | undefined;
  /** Writes a document as another writer would (new ETag). */
  put(doc: MeetingDocument): void;
}

export function makeFakeMeetingStore(): FakeMeetingStore {
  const docs = new Map<string, { value: MeetingDocument; etag: string }>();
  let version = 0;
  const key = (tenantId: string, id: string) => `${tenantId}/${id}`;
  const store: FakeMeetingStore = {
    put(doc) {
      docs.set(key(doc.tenantId, doc.id), { value: structuredClone(doc), etag: `e${++version}` });
    },
    async create(doc) {
      if (docs.has(key(doc.tenantId, doc.id))) throw new Conflict(`Meeting ${doc.id} exists.`);
      store.put(doc);
      return store.get(doc.tenantId, doc.id);
    },
    async get(tenantId, id) {
      const found = docs.get(key(tenantId, id));
      if (!found) throw new NotFound('Meeting', id);
      return structuredClone(found);
    },
    async replace(doc, etag) {
      const hook = store.beforeNextReplace;
      store.beforeNextReplace = undefined;
      hook?.();
      if (docs.get(key(doc.tenantId, doc.id))?.etag !== etag) throw new PreconditionFailed();
      store.put(doc);
      return store.get(doc.tenantId, doc.id);
    },
    async findOutboxDue(now, limit) {
      return [...docs.values()]
        .map((d) => ({
          ref: { tenantId: d.value.tenantId, id: d.value.id },
          due: outboxDueAtOf(d.value),
        }))
        .filter((d): d is typeof d & { due: string } => d.due !== null && Date.parse(d.due) <= now)
        .sort((a, b) => a.due.localeCompare(b.due))
        .slice(0, limit)
        .map((d) => d.ref);
    },
  };
  return store;
}

export interface FakeCalendar extends CalendarGateway {
  readonly calls: string[];
  readonly events: Map<string, { transactionId: string; subject: string; cancelled: boolean }>;
  /** The next call of `method` throws `error` instead. */
  failNext(method: 'createEvent' | 'updateEvent' | 'cancelEvent', error: Error): void;
  busy: MailboxAvailability[];
}

export function makeFakeCalendar(): FakeCalendar {
  const failures: { method: string; error: Error }[] = [];
  const fail = (method: string) => {
    const index = failures.findIndex((f) => f.method === method);
    if (index < 0) return;
    const [failure] = failures.splice(index, 1);
    if (failure) throw failure.error;
  };
  const calendar: FakeCalendar = {
    calls: [],
    events: new Map(),
    busy: [],
    failNext: (method, error) => failures.push({ method, error }),
    async createEvent(_organiser, event, transactionId) {
      calendar.calls.push(`create ${event.subject}`);
      fail('createEvent');
      const existing = [...calendar.events].find(([, e]) => e.transactionId === transactionId);
      if (existing) return { eventId: existing[0] };
      const eventId = `event-${calendar.events.size + 1}`;
      calendar.events.set(eventId, { transactionId, subject: event.subject, cancelled: false });
      return { eventId, onlineMeetingUrl: `https://teams.example/${eventId}` };
    },
    async updateEvent(_organiser, eventId, event) {
      calendar.calls.push(`update ${event.subject}`);
      fail('updateEvent');
      const found = calendar.events.get(eventId);
      if (!found || found.cancelled) throw new NotFound('Calendar event', eventId);
      found.subject = event.subject;
    },
    async cancelEvent(_organiser, eventId) {
      calendar.calls.push(`cancel ${eventId}`);
      fail('cancelEvent');
      const found = calendar.events.get(eventId);
      if (found) found.cancelled = true;
    },
    async getSchedule(_organiser, mailboxes) {
      calendar.calls.push(`getSchedule ${mailboxes.length}`);
      return mailboxes.map(
        (m) => calendar.busy.find((b) => b.mailbox === m) ?? { mailbox: m, busy: [] },
      );
    },
    async listEvents() {
      return [...calendar.events].map(([eventId, e]) => ({
        eventId,
        subject: e.subject,
        transactionId: e.transactionId,
        bodyHtml: '',
        isCancelled: e.cancelled,
      }));
    },
  };
  return calendar;
}
