import { en } from '../../app/i18n/messages-en';
import { makeTranslate } from '@tandem/shared/browser';
import { type ScheduleDraft, checkSchedule, initialScheduleDraft } from './schedule-draft';

const t = makeTranslate('en', en);
const filled: ScheduleDraft = {
  ...initialScheduleDraft('marketing', 'Europe/Moscow', '2026-03-03'),
  title: 'Marketing and Sales: weekly planning',
  departmentIds: ['marketing', 'sales'],
  requiredAttendeeIds: ['p-201'],
  weekdays: [4, 2],
};

describe('checkSchedule', () => {
  it('builds the body the API takes, weekdays in order, duration as a number', () => {
    const check = checkSchedule(filled, t);
    expect(check).toEqual({
      ok: true,
      input: {
        title: 'Marketing and Sales: weekly planning',
        departmentIds: ['marketing', 'sales'],
        requiredAttendeeIds: ['p-201'],
        optionalAttendeeIds: [],
        recurrence: {
          weekdays: [2, 4],
          interval: 1,
          localTime: '10:00',
          timeZone: 'Europe/Moscow',
          startDate: '2026-03-03',
        },
        durationMinutes: 60,
      },
    });
  });

  it('puts each problem on its field, with the paths the API uses', () => {
    const check = checkSchedule(
      {
        ...filled,
        title: ' ',
        departmentIds: ['marketing'],
        weekdays: [],
        localTime: '',
        durationMinutes: '1000',
        startDate: '',
      },
      t,
    );
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors).toEqual({
      title: 'Fill this in.',
      departmentIds: 'Choose at least two departments.',
      'recurrence.weekdays': 'Choose a value.',
      'recurrence.localTime': 'Fill this in.',
      'recurrence.startDate': 'Fill this in.',
      durationMinutes: 'From 5 to 480 minutes.',
    });
  });

  it('asks for a duration when the field is empty, and refuses an unknown zone', () => {
    const check = checkSchedule({ ...filled, durationMinutes: '', timeZone: 'Mars/Olympus' }, t);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(Object.keys(check.errors).sort()).toEqual(['durationMinutes', 'recurrence.timeZone']);
    expect(check.errors.durationMinutes).not.toBe('From 5 to 480 minutes.');
  });
});
