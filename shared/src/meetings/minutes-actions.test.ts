import { createRequest } from '../requests';
import { outcome, policy } from '../requests/test-fixtures';
import { recordMinutes, toActionRequestInputs } from './minutes';
import { agenda, minutesInput } from './test-minutes';
import { people } from './test-series';

describe('toActionRequestInputs', () => {
  const actions = toActionRequestInputs(recordMinutes(agenda, minutesInput));

  it('turns every action item into a request body for its owner department', () => {
    expect(actions.map((a) => [a.input, a.dueDate])).toEqual([
      [
        {
          toDepartmentId: 'logistics',
          typeId: 'task',
          priority: 'normal',
          title: 'Confirm stock of X for 1 April',
          description: 'Due 2026-03-20. Agreed at the joint planning meeting of 2026-03-10.',
        },
        '2026-03-20',
      ],
      [
        {
          toDepartmentId: 'marketing',
          typeId: 'task',
          priority: 'high',
          title: 'Brief sales on the promo',
          description:
            'Costs, materials and why it lifts sales.\n\nDue 2026-03-25. Agreed at the joint planning meeting of 2026-03-10.',
        },
        '2026-03-25',
      ],
    ]);
  });

  it('gives bodies that createRequest accepts', () => {
    const raised = createRequest(
      actions[0]!.input,
      people.sam,
      policy,
      Date.parse('2026-03-10T08:00Z'),
      'Europe/Moscow',
      {
        requestId: 'from-minutes',
        eventId: 'e0',
      },
    );
    expect(raised).toMatchObject({
      toDepartmentId: 'logistics',
      fromDepartmentId: 'sales',
      status: 'new',
    });
  });

  it('keys each action item stably, so recording the minutes twice raises each request once', () => {
    const again = toActionRequestInputs(recordMinutes(agenda, minutesInput));
    expect(again.map((a) => a.key)).toEqual(actions.map((a) => a.key));
    expect(new Set(actions.map((a) => a.key)).size).toBe(2);
    const nextWeek = toActionRequestInputs(
      recordMinutes({ ...agenda, occurrenceDate: '2026-03-17' }, minutesInput),
    );
    expect(nextWeek[0]?.key).not.toBe(actions[0]?.key);
  });

  it('fits the longest allowed description into a request', () => {
    const long = {
      items: [
        {
          agendaItemId: 'i1',
          actionItems: [
            {
              title: 't',
              ownerDepartmentId: 'sales',
              dueDate: '2026-03-20',
              description: 'я'.repeat(3500),
            },
          ],
        },
      ],
    };
    expect(
      toActionRequestInputs(recordMinutes(agenda, long))[0]?.input.description.length,
    ).toBeLessThanOrEqual(4000);
    const tooLong = {
      items: [
        {
          agendaItemId: 'i1',
          actionItems: [
            {
              title: 't',
              ownerDepartmentId: 'sales',
              dueDate: '2026-03-20',
              description: 'я'.repeat(3501),
            },
          ],
        },
      ],
    };
    expect(outcome(() => recordMinutes(agenda, tooLong))).toBe('ValidationFailed');
  });
});
