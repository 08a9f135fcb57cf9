import { NotFound, reviseMeetingSeries } from '@tandem/shared';
import { everyone } from '../../../../../shared/src/meetings/ical/ical-test-helpers';
import { emptyAgendaOf, weeklySeries } from '../../../../../shared/src/meetings/test-series';
import { CalendarRejected, CalendarUnavailable } from '../../../platform/graph/calendar-errors';
import { type MeetingDocument, newMeetingDocument } from '../meeting-document';
import { defaultOutboxBackoff, retryDelayMs } from './outbox-backoff';
import { queueCalendarSync } from './outbox-queue';
import { nextOutboxStep, settleFailed, settleSent } from './outbox-steps';

const now = Date.parse('2026-03-01T09:00:00Z');
const series = weeklySeries('Europe/Moscow');
const queued = () =>
  queueCalendarSync(
    newMeetingDocument(series, emptyAgendaOf(series), 'mona@example.com'),
    everyone,
    now,
  );
const half = () => 0.5;

function claimed(doc: MeetingDocument, at = now) {
  const step = nextOutboxStep(doc, at, 60_000);
  if (step.kind !== 'send') throw new Error(`expected a send, got ${step.kind}`);
  return step;
}

describe('nextOutboxStep', () => {
  it('claims the head: one more attempt, other processors kept off until the claim runs out', () => {
    const { doc, entry } = claimed(queued());
    expect(entry).toMatchObject({
      kind: 'create',
      attempts: 1,
      claimedUntil: '2026-03-01T09:01:00.000Z',
    });
    expect(nextOutboxStep(doc, now + 59_999, 60_000)).toEqual({
      kind: 'busy',
      until: now + 60_000,
    });
    expect(claimed(doc, now + 60_000).entry.attempts).toBe(2);
  });

  it('is idle with nothing pending, and sends the head first even when later entries are due', () => {
    const done = settleSent(claimed(queued()).doc, 'create-0', { eventId: 'e1' }, now);
    expect(nextOutboxStep(done, now, 60_000)).toEqual({ kind: 'idle' });
    const doc = queueCalendarSync(
      { ...done, series: reviseMeetingSeries(done.series) },
      everyone,
      now,
    );
    expect(claimed(doc).entry.id).toBe('update-1');
  });
});

describe('settleSent', () => {
  it('records the event, its Teams link and the revision; a second settlement changes nothing', () => {
    const { doc } = claimed(queued());
    const done = settleSent(
      doc,
      'create-0',
      { eventId: 'e1', onlineMeetingUrl: 'https://t/1' },
      now,
    );
    expect(done.calendar).toMatchObject({
      eventId: 'e1',
      onlineMeetingUrl: 'https://t/1',
      syncedRevision: 0,
    });
    expect(done.outbox[0]).toMatchObject({ status: 'done', claimedUntil: null });
    expect(settleSent(done, 'create-0', { eventId: 'other' }, now)).toBe(done);
  });
});

describe('settleFailed', () => {
  it('waits at least the Retry-After before the next try, and frees the claim', () => {
    const { doc } = claimed(queued());
    const error = new CalendarUnavailable('throttled', 429, 90_000);
    const later = settleFailed(doc, 'create-0', error, now, half);
    expect(later.outbox[0]).toMatchObject({
      status: 'pending',
      claimedUntil: null,
      lastError: 'throttled',
    });
    expect(Date.parse(later.outbox[0]?.notBefore ?? '')).toBeGreaterThanOrEqual(now + 90_000);
    expect(nextOutboxStep(later, now + 89_000, 60_000)).toMatchObject({ kind: 'wait' });
  });

  it('fails a refused write for good and tells the tab why', () => {
    const { doc } = claimed(queued());
    const failed = settleFailed(
      doc,
      'create-0',
      new CalendarRejected('Access denied', 403),
      now,
      half,
    );
    expect(failed.outbox[0]).toMatchObject({ status: 'failed', lastError: 'Access denied' });
    expect(failed.calendar.lastError).toBe('Access denied');
    expect(
      settleFailed(doc, 'create-0', new NotFound('Calendar event', 'x'), now, half).outbox[0]
        ?.status,
    ).toBe('failed');
  });

  it('gives a transient failure up after the attempt limit', () => {
    let doc = queued();
    for (let i = 0; i < defaultOutboxBackoff.maxAttempts; i++) {
      const step = claimed(doc, now + i * 7_200_000);
      doc = settleFailed(
        step.doc,
        'create-0',
        new Error('socket hang up'),
        now + i * 7_200_000,
        half,
      );
    }
    expect(doc.outbox[0]).toMatchObject({
      status: 'failed',
      attempts: defaultOutboxBackoff.maxAttempts,
    });
  });
});

describe('retryDelayMs', () => {
  it('doubles per attempt with jitter, up to the cap, and never undercuts Retry-After', () => {
    expect(retryDelayMs(1, undefined, () => 0)).toBe(2_500);
    expect(retryDelayMs(1, undefined, () => 1)).toBe(5_000);
    expect(retryDelayMs(3, undefined, () => 1)).toBe(20_000);
    expect(retryDelayMs(30, undefined, () => 1)).toBe(defaultOutboxBackoff.capMs);
    expect(retryDelayMs(1, 120_000, () => 0)).toBe(120_000);
    expect(retryDelayMs(1, 120_000, () => 1)).toBe(132_000);
  });
});
