import { acceptAgendaItem, addAgendaItem, cancelMeetingSeries } from '@tandem/shared';
import { newMeetingDocument } from './meeting-document';
import { emptyAgendaOf, people, weeklySeries } from '../../../../shared/src/meetings/test-series';
import { cancelSeries, changeSeries, closeOccurrence } from './series-changes';

const MONDAY = Date.parse('2026-03-02T07:00:00Z');
const series = weeklySeries('Europe/Moscow');
const idea = (title: string) => ({
  title,
  ownerId: people.mark.id,
  timeBoxMinutes: 10,
  kind: 'other' as const,
});

function withItems() {
  let agenda = emptyAgendaOf(series, '2026-03-03');
  agenda = addAgendaItem(agenda, idea('Discussed'), 'a');
  agenda = addAgendaItem(agenda, idea('Not reached'), 'b');
  agenda = addAgendaItem(agenda, idea('Only proposed'), 'c');
  agenda = acceptAgendaItem(acceptAgendaItem(agenda, 'a'), 'b');
  return newMeetingDocument(series, agenda, 'mona@example.com');
}

describe('series changes', () => {
  it('moves the agenda with the meeting to its new weekday', () => {
    const recurrence = { ...series.recurrence, weekdays: [4] };
    const moved = changeSeries(withItems(), { recurrence }, MONDAY);
    expect(moved.series.revision).toBe(1);
    expect(moved.agenda.occurrenceDate).toBe('2026-03-05');
    expect(moved.agenda.items).toHaveLength(3);
    const retimed = changeSeries(
      withItems(),
      { recurrence: { ...series.recurrence, localTime: '11:00' } },
      MONDAY,
    );
    expect(retimed.agenda.occurrenceDate).toBe('2026-03-03');
  });

  it('changes nothing when the change repeats what is stored', () => {
    const doc = withItems();
    expect(changeSeries(doc, { durationMinutes: 60, title: series.title }, MONDAY)).toBe(doc);
    expect(changeSeries(doc, {}, MONDAY)).toBe(doc);
  });

  it('refuses a change that leaves no meeting from now on', () => {
    const ended = { ...series.recurrence, endDate: '2026-03-01' };
    expect(() => changeSeries(withItems(), { recurrence: ended }, MONDAY)).toThrow(
      'The changes are not valid.',
    );
    const past = { ...series.recurrence, startDate: '2026-02-03', count: 2 };
    expect(() => changeSeries(withItems(), { recurrence: past }, MONDAY)).toThrow(
      'The meeting has no occurrence after now.',
    );
  });

  it('cancels once', () => {
    const cancelled = cancelSeries(withItems());
    expect(cancelled.series).toMatchObject({ status: 'cancelled', revision: 1 });
    expect(cancelSeries(cancelled)).toBe(cancelled);
    expect(() => changeSeries(cancelled, { durationMinutes: 30 }, MONDAY)).toThrow('cancelled');
  });

  it('closes an occurrence: discussed items done and left behind, the rest carried over first', () => {
    const doc = withItems();
    const minutes = {
      tenantId: series.tenantId,
      seriesId: series.id,
      occurrenceDate: '2026-03-03',
      items: [{ agendaItemId: 'a' as never, decisions: [], actionItems: [] }],
    };
    const closed = closeOccurrence(doc, minutes);
    expect(closed.agenda.occurrenceDate).toBe('2026-03-10');
    expect(closed.agenda.items.map((i) => [i.id, i.status, i.order])).toEqual([
      ['b', 'accepted', 0],
      ['c', 'proposed', 1],
    ]);
    // The invitation lost "Discussed": it is revised.
    expect(closed.series.revision).toBe(doc.series.revision + 1);
    expect(() =>
      closeOccurrence({ ...doc, series: cancelMeetingSeries(doc.series) }, minutes),
    ).toThrow('cancelled');
  });
});
