import { acceptAgendaItem, addAgendaItem } from '@tandem/shared';
import { newMeetingDocument } from './meeting-document';
import { emptyAgendaOf, people, weeklySeries } from '../../../../shared/src/meetings/test-series';
import { PreconditionRequired } from '@tandem/shared';
import { requireIfMatch, sameVersion } from '../../kernel/version';
import { meetingVersion, stableJson } from './meeting-version';
import { calendarSyncState } from './meeting-view';

const series = weeklySeries('Europe/Moscow');
const doc = newMeetingDocument(series, emptyAgendaOf(series), 'mona@example.com');

describe('the version people see', () => {
  it('follows the series and the agenda, not the calendar bookkeeping or key order', () => {
    const version = meetingVersion(doc);
    expect(version).toMatch(/^"0-[0-9a-f]{20}"$/);
    const synced = { ...doc, calendar: { ...doc.calendar, eventId: 'e-1', syncedRevision: 0 } };
    expect(meetingVersion(synced)).toBe(version);
    const reordered = { ...doc, series: Object.fromEntries(Object.entries(series).reverse()) };
    expect(meetingVersion(reordered as typeof doc)).toBe(version);
    const idea = {
      title: 'Idea',
      ownerId: people.mark.id,
      timeBoxMinutes: 5,
      kind: 'other' as const,
    };
    const proposed = { ...doc, agenda: addAgendaItem(doc.agenda, idea, 'i-1') };
    expect(meetingVersion(proposed)).not.toBe(version);
    const accepted = { ...proposed, agenda: acceptAgendaItem(proposed.agenda, 'i-1') };
    expect(meetingVersion(accepted)).not.toBe(meetingVersion(proposed));
  });

  it('matches an If-Match with or without quotes and weak prefix; requires one', () => {
    const bare = meetingVersion(doc).slice(1, -1);
    expect(sameVersion(meetingVersion(doc), bare)).toBe(true);
    expect(sameVersion(meetingVersion(doc), `W/"${bare}"`)).toBe(true);
    expect(sameVersion(meetingVersion(doc), '"0-other"')).toBe(false);
    expect(() => requireIfMatch(undefined)).toThrow(PreconditionRequired);
    expect(() => requireIfMatch('  ')).toThrow(PreconditionRequired);
    expect(stableJson({ b: 1, a: [{ d: undefined, c: 2 }] })).toBe('{"a":[{"c":2}],"b":1}');
  });
});

describe('calendar state of the view', () => {
  const entry = (status: 'pending' | 'done' | 'superseded' | 'failed') =>
    ({ status }) as (typeof doc.outbox)[number];
  it.each([
    [[], 'pending'],
    [[entry('done'), entry('pending')], 'pending'],
    [[entry('done'), entry('superseded')], 'synced'],
    [[entry('done'), entry('failed'), entry('superseded')], 'failed'],
  ] as const)('%j is %s', (outbox, state) => {
    expect(calendarSyncState({ outbox: [...outbox] })).toBe(state);
  });
});
