import { type Department, type DepartmentId, ValidationFailed } from '@tandem/shared';
import { everyone } from '../../../../shared/src/meetings/ical/ical-test-helpers';
import {
  marketing,
  people,
  sales,
  tenant,
  weeklySeries,
} from '../../../../shared/src/meetings/test-series';
import { makeFakeCalendar } from './outbox/outbox-test-fakes';
import { suggestTimes } from './suggest-times';

const at = (iso: string) => Date.parse(iso);
const department = (id: DepartmentId, calendarId: string): Department => ({
  id,
  tenantId: tenant,
  name: id,
  calendarId: calendarId as Department['calendarId'],
  kind: 'department',
});
const departments = [department(marketing, 'moscow-office'), department(sales, 'new-york-office')];
const calendars = [
  {
    id: 'moscow-office',
    name: 'Moscow',
    timeZone: 'Europe/Moscow',
    week: Object.fromEntries(
      [1, 2, 3, 4, 5].map((d) => [
        d,
        [
          { start: '09:00', end: '13:00' },
          { start: '14:00', end: '18:00' },
        ],
      ]),
    ),
    holidays: { country: 'RU' },
  },
  {
    id: 'new-york-office',
    name: 'New York',
    timeZone: 'America/New_York',
    week: Object.fromEntries([1, 2, 3, 4, 5].map((d) => [d, [{ start: '09:00', end: '17:00' }]])),
  },
];
const series = weeklySeries('Europe/Moscow');

describe('suggestTimes', () => {
  it('offers slots inside both offices’ hours where organiser and required attendees are free', async () => {
    const calendar = makeFakeCalendar();
    calendar.busy = [
      {
        mailbox: people.sam.email,
        busy: [
          { start: at('2026-03-10T13:00Z'), end: at('2026-03-10T13:30Z'), status: 'tentative' },
        ],
      },
      {
        mailbox: people.rita.email,
        busy: [
          {
            start: at('2026-03-10T14:00Z'),
            end: at('2026-03-10T15:00Z'),
            status: 'workingElsewhere',
          },
        ],
      },
    ];

    const found = await suggestTimes(calendar, {
      series,
      people: everyone,
      departments,
      calendars,
      from: at('2026-03-10T00:00Z'),
      to: at('2026-03-11T00:00Z'),
    });

    // Moscow 14:00–18:00 is 11:00–15:00Z; New York 09:00–17:00 (daylight time) is 13:00–21:00Z.
    expect(found.slots).toEqual([
      { start: at('2026-03-10T13:30Z'), end: at('2026-03-10T14:30Z') },
      { start: at('2026-03-10T14:00Z'), end: at('2026-03-10T15:00Z') },
    ]);
    expect(calendar.calls).toEqual(['getSchedule 3']);
    expect(found.unknownMailboxes).toEqual([]);
  });

  it('skips a Russian public holiday and reports mailboxes the calendar could not see', async () => {
    const calendar = makeFakeCalendar();
    calendar.busy = [{ mailbox: people.rita.email, busy: [], error: 'not found' }];
    const found = await suggestTimes(calendar, {
      series,
      people: everyone,
      departments,
      calendars,
      from: at('2026-03-09T00:00Z'), // 8 March falls on a Sunday in 2026: Monday the 9th is off
      to: at('2026-03-10T00:00Z'),
    });
    expect(found).toEqual({ slots: [], unknownMailboxes: [people.rita.email] });
  });

  it('refuses a range longer than getSchedule answers, and a department without a calendar', async () => {
    const input = {
      series,
      people: everyone,
      departments,
      calendars,
      from: 0,
      to: 63 * 86_400_000,
    };
    await expect(suggestTimes(makeFakeCalendar(), input)).rejects.toBeInstanceOf(ValidationFailed);
    const short = { ...input, to: 86_400_000, departments: departments.slice(0, 1) };
    await expect(suggestTimes(makeFakeCalendar(), short)).rejects.toThrow(/no business calendar/);
  });
});
