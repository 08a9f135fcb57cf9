import { deepFreeze, outcome } from '../requests/test-fixtures';
import type { Agenda, NewAgendaItemInput } from './agenda-item';
import {
  acceptAgendaItem,
  addAgendaItem,
  completeAgendaItem,
  dismissAgendaItem,
  emptyAgenda,
  reorderAgenda,
} from './agenda-operations';
import { agendaWarnings } from './agenda-warnings';
import { people, weeklySeries } from './test-series';

const series = weeklySeries('Europe/Moscow');
const item = (title: string, timeBoxMinutes = 10): NewAgendaItemInput => ({
  title,
  ownerId: people.sam.id,
  timeBoxMinutes,
  kind: 'promotion-planning',
});

function agendaWith(...titles: string[]): Agenda {
  return deepFreeze(
    titles.reduce(
      (a, t, i) => addAgendaItem(a, item(t), `i${i + 1}`),
      emptyAgenda(series, '2026-03-10'),
    ),
  );
}
const view = (a: Agenda) => a.items.map((i) => `${i.id}:${i.status}:${i.order}`);

describe('agenda operations', () => {
  it('adds proposed items at the end, with a link when given', () => {
    const agenda = addAgendaItem(
      agendaWith('Spring promo'),
      { ...item('Late stock answer'), kind: 'request-escalation', link: { requestId: 'req-7' } },
      'i2',
    );
    expect(view(agenda)).toEqual(['i1:proposed:0', 'i2:proposed:1']);
    expect(agenda.items[1]?.link).toEqual({ requestId: 'req-7' });
  });

  it('refuses a bad item, a bad id and an id already used', () => {
    expect(
      outcome(() => addAgendaItem(agendaWith(), { ...item('x'), timeBoxMinutes: 0 }, 'n')),
    ).toBe('ValidationFailed');
    expect(
      outcome(() => addAgendaItem(agendaWith(), { ...item('x'), kind: 'party' } as never, 'n')),
    ).toBe('ValidationFailed');
    expect(outcome(() => addAgendaItem(agendaWith(), item('x'), 'a/b'))).toBe('ValidationFailed');
    expect(outcome(() => addAgendaItem(agendaWith('a'), item('x'), 'i1'))).toBe('Conflict');
  });

  it('accepts, dismisses, re-accepts and completes without touching the original', () => {
    const agenda = agendaWith('a', 'b');
    const accepted = acceptAgendaItem(agenda, 'i1');
    expect(view(accepted)).toEqual(['i1:accepted:0', 'i2:proposed:1']);
    const dismissed = dismissAgendaItem(accepted, 'i2');
    expect(view(acceptAgendaItem(dismissed, 'i2'))).toEqual(['i1:accepted:0', 'i2:accepted:1']);
    expect(view(completeAgendaItem(accepted, 'i1'))).toEqual(['i1:done:0', 'i2:proposed:1']);
    expect(view(agenda)).toEqual(['i1:proposed:0', 'i2:proposed:1']);
  });

  it('returns the same agenda when the change already happened (a retry)', () => {
    const accepted = acceptAgendaItem(agendaWith('a'), 'i1');
    expect(acceptAgendaItem(accepted, 'i1')).toBe(accepted);
  });

  it('refuses changes the status does not allow, and unknown items', () => {
    const done = completeAgendaItem(acceptAgendaItem(agendaWith('a'), 'i1'), 'i1');
    expect(outcome(() => dismissAgendaItem(done, 'i1'))).toBe('Conflict');
    expect(outcome(() => acceptAgendaItem(done, 'i1'))).toBe('Conflict');
    expect(outcome(() => completeAgendaItem(agendaWith('a'), 'i1'))).toBe('Conflict');
    expect(outcome(() => acceptAgendaItem(agendaWith('a'), 'nope'))).toBe('NotFound');
  });

  it('reorders the items that are not dismissed and keeps dismissed ones last', () => {
    const agenda = dismissAgendaItem(agendaWith('a', 'b', 'c', 'd'), 'i2');
    expect(view(reorderAgenda(agenda, ['i4', 'i1', 'i3']))).toEqual([
      'i4:proposed:0',
      'i1:proposed:1',
      'i3:proposed:2',
      'i2:dismissed:3',
    ]);
  });

  it.each([
    ['an item left out', ['i1']],
    ['an item twice', ['i1', 'i1', 'i3']],
    ['an unknown item', ['i1', 'i3', 'i9']],
    ['a dismissed item', ['i1', 'i2', 'i3']],
  ])('refuses a new order with %s', (_, ids) => {
    const agenda = dismissAgendaItem(agendaWith('a', 'b', 'c'), 'i2');
    expect(outcome(() => reorderAgenda(agenda, ids))).toBe('ValidationFailed');
  });
});

describe('agendaWarnings', () => {
  it('warns when the accepted time boxes exceed the meeting, ignoring proposed and dismissed', () => {
    let agenda = emptyAgenda(series, '2026-03-10');
    agenda = addAgendaItem(agenda, item('a', 30), 'a');
    agenda = addAgendaItem(agenda, item('b', 25), 'b');
    agenda = addAgendaItem(agenda, item('c', 40), 'c');
    agenda = addAgendaItem(agenda, item('d', 40), 'd');
    agenda = acceptAgendaItem(acceptAgendaItem(agenda, 'a'), 'b');
    agenda = dismissAgendaItem(agenda, 'd');
    expect(agendaWarnings(agenda, series)).toEqual([]);
    const over = completeAgendaItem(acceptAgendaItem(agenda, 'c'), 'c');
    expect(agendaWarnings(over, series)).toEqual([
      {
        code: 'time-boxes-exceed-meeting',
        plannedMinutes: 95,
        meetingMinutes: 60,
        overByMinutes: 35,
      },
    ]);
  });
});
