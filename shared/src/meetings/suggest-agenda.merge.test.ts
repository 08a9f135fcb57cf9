import { addAgendaItem, dismissAgendaItem } from './agenda-operations';
import { mergeSuggestions, suggestAgendaItems, suggestionIdFor } from './suggest-agenda';
import { data, now, options, series } from './test-requests';
import { emptyAgendaOf, people } from './test-series';

describe('mergeSuggestions', () => {
  const suggestions = suggestAgendaItems(data, series, now, options);

  it('adds new suggestions after the existing items, once however often it runs', () => {
    const manual = addAgendaItem(
      emptyAgendaOf(series),
      {
        title: 'Spring promo',
        ownerId: people.sam.id,
        timeBoxMinutes: 20,
        kind: 'promotion-planning',
      },
      'm1',
    );
    const merged = mergeSuggestions(manual, suggestions);
    expect(merged.items.map((i) => [i.id, i.order])).toEqual([
      ['m1', 0],
      ...suggestions.map((s, i) => [s.id, i + 1]),
    ]);
    expect(mergeSuggestions(merged, suggestAgendaItems(data, series, now, options))).toBe(merged);
  });

  it('does not bring back a dismissed suggestion or duplicate an item about the same request', () => {
    const dismissed = dismissAgendaItem(
      mergeSuggestions(emptyAgendaOf(series), suggestions),
      suggestionIdFor('r-old'),
    );
    expect(mergeSuggestions(dismissed, suggestions)).toBe(dismissed);
    const manual = addAgendaItem(
      emptyAgendaOf(series),
      {
        title: 'Why is r-both late?',
        ownerId: people.sam.id,
        timeBoxMinutes: 10,
        kind: 'request-escalation',
        link: { requestId: 'r-both' },
      },
      'm1',
    );
    const merged = mergeSuggestions(manual, suggestions);
    expect(
      merged.items.filter((i) => i.link && 'requestId' in i.link && i.link.requestId === 'r-both'),
    ).toHaveLength(1);
    expect(merged.items).toHaveLength(suggestions.length);
  });
});
