import { meetingSeriesSchema } from '@tandem/shared/meetings';
import { en } from '../../app/i18n/messages-en';
import { makeTranslate } from '@tandem/shared/browser';
import {
  type SeriesView,
  checkSeriesChanges,
  draftFromSeries,
  rebaseDraft,
  toSeriesChanges,
} from './series-changes';

const t = makeTranslate('en', en);
/** The series as the API answers it: through the shared schema, so ids carry their brands. */
const seriesOf = (fields: object): SeriesView => meetingSeriesSchema.parse(fields);
const series: SeriesView = seriesOf({
  id: 'mtg-1',
  tenantId: 'tenant-1',
  title: 'Marketing and Sales: weekly planning',
  departmentIds: ['marketing', 'sales'],
  requiredAttendeeIds: ['p-201', 'p-202'],
  optionalAttendeeIds: ['p-301'],
  recurrence: {
    weekdays: [2, 4],
    interval: 2,
    localTime: '10:00',
    timeZone: 'Europe/Moscow',
    startDate: '2026-03-10',
    endDate: '2026-06-30',
  },
  durationMinutes: 60,
  organiserId: 'p-101',
  status: 'active',
  revision: 3,
});
const draft = draftFromSeries(series);

describe('toSeriesChanges', () => {
  it('sends nothing for an untouched form, or lists picked in another order', () => {
    expect(toSeriesChanges(series, draft)).toEqual({});
    const shuffled = {
      ...draft,
      departmentIds: ['sales', 'marketing'],
      requiredAttendeeIds: ['p-202', 'p-201'],
      weekdays: [4, 2],
      title: `  ${series.title} `,
      durationMinutes: '60.0',
    };
    expect(toSeriesChanges(series, shuffled)).toEqual({});
  });

  it('moving the time sends the whole recurrence, keeping the interval and end it does not show', () => {
    expect(toSeriesChanges(series, { ...draft, localTime: '11:00' })).toEqual({
      recurrence: {
        weekdays: [2, 4],
        interval: 2,
        localTime: '11:00',
        timeZone: 'Europe/Moscow',
        startDate: '2026-03-10',
        endDate: '2026-06-30',
      },
    });
  });

  it('sends each changed field alone, with the title trimmed and the duration a number', () => {
    const changed = {
      ...draft,
      title: ' Weekly planning ',
      optionalAttendeeIds: [],
      durationMinutes: '45',
    };
    expect(toSeriesChanges(series, changed)).toEqual({
      title: 'Weekly planning',
      optionalAttendeeIds: [],
      durationMinutes: 45,
    });
  });
});

describe('checkSeriesChanges', () => {
  it('checks the whole series as scheduling does, on the same field paths', () => {
    const check = checkSeriesChanges(
      series,
      { ...draft, departmentIds: ['sales'], localTime: '', durationMinutes: '1000' },
      t,
    );
    expect(check).toEqual({
      ok: false,
      errors: {
        departmentIds: 'Choose at least two departments.',
        'recurrence.localTime': 'Fill this in.',
        durationMinutes: 'From 5 to 480 minutes.',
      },
    });
  });

  it('gives the changes of a valid draft', () => {
    expect(checkSeriesChanges(series, { ...draft, weekdays: [3] }, t)).toEqual({
      ok: true,
      changes: { recurrence: { ...series.recurrence, weekdays: [3] } },
    });
  });
});

describe('rebaseDraft', () => {
  const fresh = seriesOf({
    ...series,
    title: 'Planning (renamed by Sales)',
    requiredAttendeeIds: ['p-201', 'p-202', 'p-203'],
    durationMinutes: 90,
    revision: 4,
  });

  it('keeps what the user changed and takes the rest from the newer series', () => {
    const typed = { ...draft, localTime: '11:00', durationMinutes: '30' };
    const rebased = rebaseDraft(series, fresh, typed);
    expect(rebased).toEqual({
      ...draftFromSeries(fresh),
      localTime: '11:00',
      durationMinutes: '30',
    });
    // Sent against the newer series, only the user's own changes go out.
    expect(toSeriesChanges(fresh, rebased)).toEqual({
      durationMinutes: 30,
      recurrence: { ...series.recurrence, localTime: '11:00' },
    });
  });

  it('never leaves a person both required and optional', () => {
    const madeOptional = { ...draft, optionalAttendeeIds: ['p-301', 'p-203'] };
    expect(rebaseDraft(series, fresh, madeOptional)).toMatchObject({
      requiredAttendeeIds: ['p-201', 'p-202'],
      optionalAttendeeIds: ['p-301', 'p-203'],
    });
    const movedUp = { ...draft, requiredAttendeeIds: ['p-201', 'p-202', 'p-301'] };
    const other = seriesOf({ ...series, optionalAttendeeIds: ['p-301', 'p-401'] });
    expect(rebaseDraft(series, other, movedUp)).toMatchObject({
      requiredAttendeeIds: ['p-201', 'p-202', 'p-301'],
      optionalAttendeeIds: ['p-401'],
    });
  });
});
