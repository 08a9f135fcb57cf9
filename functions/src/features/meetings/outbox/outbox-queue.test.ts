import {
  cancelMeetingSeries,
  graphTransactionId,
  reviseMeetingSeries,
  updateMeetingSeries,
} from '@tandem/shared';
import { everyone } from '../../../../../shared/src/meetings/ical/ical-test-helpers';
import { emptyAgendaOf, weeklySeries } from '../../../../../shared/src/meetings/test-series';
import { type MeetingDocument, newMeetingDocument } from '../meeting-document';
import { SETTLED_ENTRIES_KEPT } from './outbox-collapse';
import { calendarWriteFor, enqueueCalendarWrite, queueCalendarSync } from './outbox-queue';

const now = Date.parse('2026-03-01T09:00:00Z');
const series = weeklySeries('Europe/Moscow');
const scheduled = () => newMeetingDocument(series, emptyAgendaOf(series), 'mona@example.com');
const kinds = (doc: MeetingDocument) =>
  doc.outbox.map((e) => `${e.kind}-${e.revision}:${e.status}`);
const revise = (doc: MeetingDocument) => ({ ...doc, series: reviseMeetingSeries(doc.series) });
const settleAll = (doc: MeetingDocument): MeetingDocument => ({
  ...doc,
  outbox: doc.outbox.map((e) => (e.status === 'pending' ? { ...e, status: 'done' } : e)),
});

describe('queueCalendarSync', () => {
  it('queues the create with the transactionId of the revision it was made at', () => {
    const doc = queueCalendarSync(scheduled(), everyone, now);
    const [create] = doc.outbox;
    expect(create).toMatchObject({ kind: 'create', revision: 0, status: 'pending', attempts: 0 });
    expect(create?.kind === 'create' && create.transactionId).toBe(graphTransactionId(series));
    expect(create?.kind === 'create' && create.event.transactionId).toBe(
      graphTransactionId(series),
    );
  });

  it('queues nothing when the calendar already has (or will have) this revision', () => {
    const doc = queueCalendarSync(scheduled(), everyone, now);
    expect(queueCalendarSync(doc, everyone, now)).toBe(doc);
    expect(queueCalendarSync(settleAll(doc), everyone, now).outbox).toHaveLength(1);
  });

  it('queues an update per revision and supersedes the pending one it replaces', () => {
    let doc = settleAll(queueCalendarSync(scheduled(), everyone, now));
    doc = queueCalendarSync(revise(doc), everyone, now);
    doc = queueCalendarSync(revise(doc), everyone, now);
    expect(kinds(doc)).toEqual(['create-0:done', 'update-1:superseded', 'update-2:pending']);
  });

  it('leaves an update a processor has claimed alone: it may be on the wire', () => {
    let doc = settleAll(queueCalendarSync(scheduled(), everyone, now));
    doc = queueCalendarSync(revise(doc), everyone, now);
    const claimed = new Date(now + 60_000).toISOString();
    doc = {
      ...doc,
      outbox: doc.outbox.map((e) => ({
        ...e,
        claimedUntil: e.status === 'pending' ? claimed : null,
      })),
    };
    doc = queueCalendarSync(revise(doc), everyone, now);
    expect(kinds(doc)).toEqual(['create-0:done', 'update-1:pending', 'update-2:pending']);
  });

  it('cancels once, superseding pending updates, and a new create follows a cancel', () => {
    let doc = settleAll(queueCalendarSync(scheduled(), everyone, now));
    doc = queueCalendarSync(revise(doc), everyone, now);
    doc = { ...doc, series: cancelMeetingSeries(doc.series) };
    doc = queueCalendarSync(doc, everyone, now);
    expect(queueCalendarSync(doc, everyone, now)).toBe(doc);
    expect(kinds(doc)).toEqual(['create-0:done', 'update-1:superseded', 'cancel-2:pending']);
    const again = {
      ...settleAll(doc),
      series: { ...doc.series, status: 'active' as const, revision: 3 },
    };
    expect(calendarWriteFor(again, everyone)).toMatchObject({ kind: 'create', revision: 3 });
  });

  it('makes a new create after a create that failed for good, once the series changes', () => {
    const doc = queueCalendarSync(scheduled(), everyone, now);
    const failed = { ...doc, outbox: doc.outbox.map((e) => ({ ...e, status: 'failed' as const })) };
    expect(calendarWriteFor(failed, everyone)).toBeUndefined();
    const changed = {
      ...failed,
      series: updateMeetingSeries(failed.series, { durationMinutes: 45 }),
    };
    expect(calendarWriteFor(changed, everyone)).toMatchObject({ kind: 'create', revision: 1 });
  });

  it('adds the same write once, and keeps every pending entry but only the latest settled ones', () => {
    let doc = queueCalendarSync(scheduled(), everyone, now);
    const write = calendarWriteFor(revise(settleAll(doc)), everyone);
    if (!write) throw new Error('expected a write');
    doc = enqueueCalendarWrite(settleAll(doc), write, now);
    expect(enqueueCalendarWrite(doc, write, now)).toBe(doc);
    for (let i = 0; i < 30; i++) doc = settleAll(queueCalendarSync(revise(doc), everyone, now));
    doc = queueCalendarSync(revise(doc), everyone, now);
    expect(doc.outbox.filter((e) => e.status !== 'pending')).toHaveLength(SETTLED_ENTRIES_KEPT);
    expect(doc.outbox.at(-1)).toMatchObject({ status: 'pending', revision: doc.series.revision });
  });
});
