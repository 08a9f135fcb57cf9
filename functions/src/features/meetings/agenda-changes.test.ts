import { expect } from '@jest/globals';
import { type AgendaItem, Conflict, NotFound, cancelMeetingSeries } from '@tandem/shared';
import { newMeetingDocument } from './meeting-document';
import { emptyAgendaOf, people, weeklySeries } from '../../../../shared/src/meetings/test-series';
import { decideItem, proposeItem, reorderItems, withAgenda } from './agenda-changes';

const series = weeklySeries('Europe/Moscow');
const fresh = () =>
  newMeetingDocument(series, emptyAgendaOf(series, '2026-03-03'), 'mona@example.com');
const everyone = Object.values(people);
const idea = {
  title: 'Spring promotion',
  ownerId: people.mark.id,
  timeBoxMinutes: 15,
  kind: 'other' as const,
};
const suggestion: AgendaItem = {
  id: 'suggested-1' as AgendaItem['id'],
  title: 'Billboard hidden by trees',
  ownerId: people.mona.id,
  timeBoxMinutes: 5,
  kind: 'request-escalation',
  link: { requestId: 'r-1' as never },
  status: 'proposed',
  order: 0,
  suggestedBecause: [{ code: 'breached' }],
};

describe('agenda changes on the meeting document', () => {
  it('leaves the invitation alone for a proposal and revises it when an item is accepted', () => {
    const proposed = proposeItem(fresh(), idea, 'i-1', everyone);
    expect(proposed.series.revision).toBe(0);
    expect(proposed.agenda.items.map((i) => [i.id, i.status])).toEqual([['i-1', 'proposed']]);
    const accepted = decideItem(proposed, 'i-1', 'accept', []);
    expect(accepted.series.revision).toBe(1);
    // Accepting again changes nothing: the very same document comes back.
    expect(decideItem(accepted, 'i-1', 'accept', [])).toBe(accepted);
    expect(withAgenda(accepted, structuredClone(accepted.agenda))).toBe(accepted);
  });

  it('refuses an owner who is not in the directory', () => {
    expect(() => proposeItem(fresh(), { ...idea, ownerId: 'ghost' }, 'i-1', everyone)).toThrow(
      'The agenda item is not valid.',
    );
  });

  it('stores a suggestion when it is accepted or dismissed, and only that one', () => {
    const other = {
      ...suggestion,
      id: 'suggested-2' as AgendaItem['id'],
      link: { requestId: 'r-2' as never },
    };
    const accepted = decideItem(fresh(), 'suggested-1', 'accept', [suggestion, other]);
    expect(accepted.agenda.items.map((i) => [i.id, i.status])).toEqual([
      ['suggested-1', 'accepted'],
    ]);
    expect(accepted.agenda.items[0]?.suggestedBecause).toEqual([{ code: 'breached' }]);
    const dismissed = decideItem(fresh(), 'suggested-2', 'dismiss', [suggestion, other]);
    expect(dismissed.series.revision).toBe(0);
    expect(dismissed.agenda.items.map((i) => [i.id, i.status])).toEqual([
      ['suggested-2', 'dismissed'],
    ]);
    expect(() => decideItem(fresh(), 'suggested-3', 'accept', [suggestion])).toThrow(NotFound);
  });

  it('orders stored items, with or without the suggestions the view showed', () => {
    let doc = proposeItem(fresh(), idea, 'a', everyone);
    doc = proposeItem(doc, { ...idea, title: 'Spend review' }, 'b', everyone);
    const storedOnly = reorderItems(doc, ['b', 'a'], [suggestion]);
    expect(storedOnly.agenda.items.map((i) => i.id)).toEqual(['b', 'a']);
    const withShown = reorderItems(doc, ['suggested-1', 'b', 'a'], [suggestion]);
    expect(withShown.agenda.items.map((i) => i.id)).toEqual(['b', 'a']);
    expect(() => reorderItems(doc, ['a'], [suggestion])).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'itemIds' })] }),
    );
    expect(reorderItems(doc, ['a', 'b'], [])).toBe(doc);
  });

  it('refuses every agenda change on a cancelled meeting', () => {
    const cancelled = { ...fresh(), series: cancelMeetingSeries(series) };
    expect(() => proposeItem(cancelled, idea, 'i-1', everyone)).toThrow(Conflict);
    expect(() => decideItem(cancelled, 'suggested-1', 'accept', [suggestion])).toThrow(Conflict);
  });
});
