import { outcome } from '../requests/test-fixtures';
import { recordMinutes } from './minutes';
import { agenda, minutesInput, series } from './test-minutes';

describe('recordMinutes', () => {
  it('keeps decisions and action items per agenda item', () => {
    const minutes = recordMinutes(agenda, minutesInput);
    expect(minutes).toMatchObject({
      tenantId: series.tenantId,
      seriesId: series.id,
      occurrenceDate: '2026-03-10',
    });
    expect(minutes.items[1]).toEqual({
      agendaItemId: 'i2',
      decisions: ['Staff the show with 4 people.'],
      actionItems: [],
    });
  });

  it.each([
    ['an item not on the agenda', { items: [{ agendaItemId: 'i9' }] }],
    ['a dismissed item', { items: [{ agendaItemId: 'i3' }] }],
    ['an item twice', { items: [{ agendaItemId: 'i1' }, { agendaItemId: 'i1' }] }],
    [
      'an action without a due date',
      {
        items: [{ agendaItemId: 'i1', actionItems: [{ title: 'x', ownerDepartmentId: 'sales' }] }],
      },
    ],
    [
      'a due date that is not a date',
      {
        items: [
          {
            agendaItemId: 'i1',
            actionItems: [{ title: 'x', ownerDepartmentId: 'sales', dueDate: '2026-02-30' }],
          },
        ],
      },
    ],
  ])('refuses %s', (_, input) => {
    expect(outcome(() => recordMinutes(agenda, input as never))).toBe('ValidationFailed');
  });
});
