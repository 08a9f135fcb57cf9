/** An agenda and minutes taken on it, shared by the minutes tests. */
import type { Agenda } from './agenda-item';
import { acceptAgendaItem, addAgendaItem, dismissAgendaItem } from './agenda-operations';
import { emptyAgendaOf, logistics, marketing, people, weeklySeries } from './test-series';

export const series = weeklySeries('Europe/Moscow');
const item = (title: string) => ({
  title,
  ownerId: people.sam.id,
  timeBoxMinutes: 10,
  kind: 'other' as const,
});
export const agenda: Agenda = dismissAgendaItem(
  acceptAgendaItem(
    ['Spring promo', 'Trade show', 'Dropped'].reduce(
      (a, t, i) => addAgendaItem(a, item(t), `i${i + 1}`),
      emptyAgendaOf(series, '2026-03-10'),
    ),
    'i1',
  ),
  'i3',
);

export const minutesInput = {
  items: [
    {
      agendaItemId: 'i1',
      decisions: ['Launch on 1 April in all branches.'],
      actionItems: [
        {
          title: 'Confirm stock of X for 1 April',
          ownerDepartmentId: logistics,
          dueDate: '2026-03-20',
        },
        {
          title: 'Brief sales on the promo',
          ownerDepartmentId: marketing,
          dueDate: '2026-03-25',
          description: 'Costs, materials and why it lifts sales.',
          priority: 'high' as const,
        },
      ],
    },
    { agendaItemId: 'i2', decisions: ['Staff the show with 4 people.'] },
  ],
};
