import { outcome } from '../requests/test-fixtures';
import { suggestAgendaItems, suggestionIdFor } from './suggest-agenda';
import { data, now, options, series } from './test-requests';

describe('suggestAgendaItems', () => {
  const suggestions = suggestAgendaItems(data, series, now, options);

  it('suggests open requests between the meeting departments, either way, most urgent first', () => {
    expect(suggestions.map((s) => [s.link, s.suggestedBecause])).toEqual([
      [{ requestId: 'r-both' }, [{ code: 'breached' }, { code: 'open-too-long', openDays: 30 }]],
      [{ requestId: 'r-breached' }, [{ code: 'breached' }]],
      [{ requestId: 'r-warning' }, [{ code: 'at-risk' }]],
      [{ requestId: 'r-old' }, [{ code: 'open-too-long', openDays: 20 }]],
    ]);
  });

  it('makes proposed escalation items owned by the organiser', () => {
    expect(suggestions[1]).toEqual({
      id: suggestionIdFor('r-breached'),
      title: 'Request r-breached',
      ownerId: series.organiserId,
      timeBoxMinutes: 5,
      kind: 'request-escalation',
      link: { requestId: 'r-breached' },
      status: 'proposed',
      order: 1,
      suggestedBecause: [{ code: 'breached' }],
    });
  });

  it('counts "open longer than" strictly: exactly the threshold is not enough', () => {
    expect(
      suggestions.some((s) => s.link && 'requestId' in s.link && s.link.requestId === 'r-paused'),
    ).toBe(false);
    const later = suggestAgendaItems(data, series, now + 1, options);
    expect(later.map((s) => s.link)).toContainEqual({ requestId: 'r-paused' });
  });

  it('derives the same ids on every run and different ids for different requests', () => {
    const again = suggestAgendaItems([...data].reverse(), series, now, options);
    expect(again.map((s) => s.id)).toEqual(suggestions.map((s) => s.id));
    expect(new Set(suggestions.map((s) => s.id)).size).toBe(suggestions.length);
  });

  it('refuses bad options', () => {
    expect(outcome(() => suggestAgendaItems(data, series, now, { openLongerThanDays: 0 }))).toBe(
      'ValidationFailed',
    );
  });
});
