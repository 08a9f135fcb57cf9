import { ValidationFailed } from '../kernel/errors';
import { deepFreeze, outcome } from '../requests/test-fixtures';
import { createMeetingSeries, type NewMeetingSeriesInput } from './meeting-series';
import {
  cancelMeetingSeries,
  reviseMeetingSeries,
  updateMeetingSeries,
} from './meeting-series-changes';
import { marketing, people, sales, tenant, weeklySeries } from './test-series';

const input: NewMeetingSeriesInput = {
  title: 'Joint planning',
  departmentIds: [marketing, sales],
  requiredAttendeeIds: [people.sam.id],
  durationMinutes: 60,
  recurrence: {
    weekdays: [4, 2],
    localTime: '10:00',
    timeZone: 'Europe/Moscow',
    startDate: '2026-03-03',
  },
};
const context = { id: 'series-1', tenantId: tenant, organiserId: people.mona.id };

function issuesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationFailed) return error.issues.map((i) => i.path);
    throw error;
  }
  return [];
}

describe('createMeetingSeries', () => {
  it('builds revision 0 of an active series with defaults and sorted weekdays', () => {
    const series = createMeetingSeries(input, context);
    expect(series).toMatchObject({
      id: 'series-1',
      tenantId: tenant,
      organiserId: 'mona',
      optionalAttendeeIds: [],
      status: 'active',
      revision: 0,
      recurrence: { weekdays: [2, 4], interval: 1 },
    });
  });

  it.each([
    ['one department', { departmentIds: [marketing] }, 'departmentIds'],
    ['a department twice', { departmentIds: [marketing, marketing] }, 'departmentIds'],
    [
      'a person both required and optional',
      { optionalAttendeeIds: [people.sam.id] },
      'optionalAttendeeIds',
    ],
    [
      'a bad time',
      { recurrence: { ...input.recurrence, localTime: '24:00' } },
      'recurrence.localTime',
    ],
    [
      'an unknown zone',
      { recurrence: { ...input.recurrence, timeZone: 'Mars/Olympus' } },
      'recurrence.timeZone',
    ],
    [
      'a weekday twice',
      { recurrence: { ...input.recurrence, weekdays: [2, 2] } },
      'recurrence.weekdays',
    ],
    ['weekday 8', { recurrence: { ...input.recurrence, weekdays: [8] } }, 'recurrence.weekdays.0'],
    [
      'an end date and a count',
      { recurrence: { ...input.recurrence, endDate: '2026-12-31', count: 3 } },
      'recurrence.count',
    ],
    [
      'an end before the start',
      { recurrence: { ...input.recurrence, endDate: '2026-03-02' } },
      'recurrence.endDate',
    ],
    ['a 2-minute meeting', { durationMinutes: 2 }, 'durationMinutes'],
    ['an unknown field', { room: 'A' }, ''],
  ])('refuses %s', (_, change, path) => {
    expect(issuesOf(() => createMeetingSeries({ ...input, ...change }, context))).toContain(path);
  });
});

describe('series changes', () => {
  const series = deepFreeze(weeklySeries('Europe/Moscow'));

  it('raises the revision on every change and keeps what the change does not mention', () => {
    const renamed = updateMeetingSeries(series, { title: 'Weekly planning' });
    expect(renamed).toEqual({ ...series, title: 'Weekly planning', revision: 1 });
    const moved = updateMeetingSeries(renamed, {
      recurrence: {
        weekdays: [3],
        localTime: '11:30',
        timeZone: 'Europe/Moscow',
        startDate: '2026-03-04',
      },
    });
    expect(moved.recurrence).toEqual({
      weekdays: [3],
      interval: 1,
      localTime: '11:30',
      timeZone: 'Europe/Moscow',
      startDate: '2026-03-04',
    });
    expect(moved.revision).toBe(2);
    expect(reviseMeetingSeries(moved).revision).toBe(3);
  });

  it('checks the changed series as a whole', () => {
    expect(
      issuesOf(() => updateMeetingSeries(series, { optionalAttendeeIds: [people.sam.id] })),
    ).toEqual(['optionalAttendeeIds']);
  });

  it('cancels once, and refuses changes to a cancelled series', () => {
    const cancelled = cancelMeetingSeries(series);
    expect(cancelled).toEqual({ ...series, status: 'cancelled', revision: 1 });
    expect(cancelMeetingSeries(cancelled)).toBe(cancelled);
    expect(outcome(() => updateMeetingSeries(cancelled, { title: 'x' }))).toBe('Conflict');
    expect(outcome(() => reviseMeetingSeries(cancelled))).toBe('Conflict');
  });
});
