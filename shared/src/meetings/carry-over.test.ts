import { deepFreeze, outcome } from '../requests/test-fixtures';
import type { Agenda } from './agenda-item';
import {
  acceptAgendaItem,
  addAgendaItem,
  completeAgendaItem,
  dismissAgendaItem,
} from './agenda-operations';
import { carryOver } from './carry-over';
import { emptyAgendaOf, people, weeklySeries } from './test-series';

const series = weeklySeries('Europe/Moscow');
const add = (agenda: Agenda, id: string) =>
  addAgendaItem(
    agenda,
    { title: id, ownerId: people.sam.id, timeBoxMinutes: 10, kind: 'other' },
    id,
  );

// a: done, b: accepted, c: dismissed, d: proposed.
const thisWeek = deepFreeze(
  dismissAgendaItem(
    acceptAgendaItem(
      completeAgendaItem(
        acceptAgendaItem(
          ['a', 'b', 'c', 'd'].reduce(add, emptyAgendaOf(series, '2026-03-10')),
          'a',
        ),
        'a',
      ),
      'b',
    ),
    'c',
  ),
);
const nextWeek = deepFreeze(add(emptyAgendaOf(series, '2026-03-17'), 'n'));
const view = (a: Agenda) => a.items.map((i) => `${i.id}:${i.status}:${i.order}`);

describe('carryOver', () => {
  it('moves what is not done to the top of the next agenda and marks it carried over', () => {
    const { previous, next } = carryOver(thisWeek, nextWeek);
    expect(view(previous)).toEqual([
      'a:done:0',
      'b:carried-over:1',
      'c:dismissed:2',
      'd:carried-over:3',
    ]);
    expect(view(next)).toEqual(['b:accepted:0', 'd:proposed:1', 'n:proposed:2']);
  });

  it('does not add items twice when repeated, even from a stale copy of the old agenda', () => {
    const once = carryOver(thisWeek, nextWeek);
    expect(carryOver(once.previous, once.next)).toEqual(once);
    expect(view(carryOver(thisWeek, once.next).next)).toEqual(view(once.next));
  });

  it('refuses another series or an earlier occurrence', () => {
    expect(outcome(() => carryOver(thisWeek, { ...nextWeek, seriesId: 'other' as never }))).toBe(
      'ValidationFailed',
    );
    expect(outcome(() => carryOver(thisWeek, { ...nextWeek, occurrenceDate: '2026-03-10' }))).toBe(
      'ValidationFailed',
    );
  });
});
