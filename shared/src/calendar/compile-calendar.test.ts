import { ValidationFailed } from '../kernel/errors';
import type { BusinessCalendarSpec } from '../sla/types';
import { compileCalendar } from './compile-calendar';
import { officeHours, weekdays } from './test-calendars';

const valid: BusinessCalendarSpec = {
  id: 'moscow',
  name: 'Moscow',
  timeZone: 'Europe/Moscow',
  week: weekdays(officeHours),
  holidays: { country: 'RU' },
};

function failureOf(spec: unknown): ValidationFailed {
  try {
    compileCalendar(spec as BusinessCalendarSpec);
  } catch (err) {
    if (err instanceof ValidationFailed) return err;
    throw err;
  }
  throw new Error('compileCalendar accepted the spec');
}

describe('compileCalendar validation', () => {
  it('compiles a valid spec and keeps its id, name and zone', () => {
    const cal = compileCalendar(valid);
    expect([cal.id, cal.name, cal.timeZone]).toEqual(['moscow', 'Moscow', 'Europe/Moscow']);
  });

  it.each([
    ['an unknown zone', { timeZone: 'Europe/Atlantis' }, 'timeZone'],
    [
      'a time without a leading zero',
      { week: { 1: [{ start: '9:00', end: '13:00' }] } },
      'week.1.0.start',
    ],
    ['24:00 as a start', { week: { 1: [{ start: '24:00', end: '24:00' }] } }, 'week.1.0.start'],
    ['24:30 as an end', { week: { 1: [{ start: '09:00', end: '24:30' }] } }, 'week.1.0.end'],
    [
      'an interval ending before it starts',
      { week: { 1: [{ start: '18:00', end: '09:00' }] } },
      'week.1.0',
    ],
    [
      'overlapping intervals',
      {
        week: {
          1: [
            { start: '09:00', end: '13:00' },
            { start: '12:00', end: '18:00' },
          ],
        },
      },
      'week.1.1.start',
    ],
    [
      'intervals out of order',
      {
        week: {
          1: [
            { start: '14:00', end: '18:00' },
            { start: '09:00', end: '13:00' },
          ],
        },
      },
      'week.1.1.start',
    ],
    ['a weekday 8', { week: { ...weekdays(officeHours), 8: officeHours } }, 'week'],
    ['a week without hours', { week: { 6: [], 7: [] } }, 'week'],
    ['a country in lower case', { holidays: { country: 'ru' } }, 'holidays.country'],
    ['an unknown holiday country', { holidays: { country: 'XX' } }, 'holidays'],
    ['an unknown holiday state', { holidays: { country: 'RU', state: 'ZZ' } }, 'holidays'],
    [
      'an impossible override date',
      { overrides: [{ date: '2025-02-30', kind: 'day-off' }] },
      'overrides.0.date',
    ],
    [
      'a duplicate override date',
      {
        overrides: [
          { date: '2025-11-01', kind: 'working-day' },
          { date: '2025-11-01', kind: 'day-off' },
        ],
      },
      'overrides.1.date',
    ],
    [
      'a moved working day with nothing to copy',
      { week: { 2: officeHours }, overrides: [{ date: '2025-11-01', kind: 'working-day' }] },
      'overrides.0.hours',
    ],
  ])('rejects %s, naming the field', (_what, change, path) => {
    const failure = failureOf({ ...valid, ...change });
    expect(failure.issues.map((i) => i.path)).toContain(path);
    expect(failure.message).toMatch(/^Business calendar "moscow" is not valid: /);
    expect(failure.message).toContain(path);
  });

  it('accepts touching intervals, "24:00" as an end and drops unknown top-level fields', () => {
    const spec = {
      ...valid,
      week: {
        6: [
          { start: '00:00', end: '12:00' },
          { start: '12:00', end: '24:00' },
        ],
      },
      docType: 'calendar',
    };
    const cal = compileCalendar(spec);
    expect(cal.spec).not.toHaveProperty('docType');
    expect(cal.workingIntervalsOn('2026-01-10')).toEqual([
      [Date.parse('2026-01-09T21:00:00Z'), Date.parse('2026-01-10T21:00:00Z')],
    ]);
  });

  it('rejects something that is not a spec at all', () => {
    expect(failureOf(null).message).toMatch(/^Business calendar "\?" is not valid/);
  });
});
