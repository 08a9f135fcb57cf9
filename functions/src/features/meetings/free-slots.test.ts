import { compileCalendar } from '@tandem/shared';
import { freeSlots, intersect, merge, workingIntervals } from './free-slots';

describe('free-slot arithmetic', () => {
  it('intersects, merges and cuts slots on the grid around busy time', () => {
    expect(
      intersect(
        [
          [0, 10],
          [20, 30],
        ],
        [[5, 25]],
      ),
    ).toEqual([
      [5, 10],
      [20, 25],
    ]);
    expect(
      merge([
        [5, 7],
        [0, 5],
        [6, 9],
      ]),
    ).toEqual([[0, 9]]);
    const slots = freeSlots({
      windows: [[0, 100]],
      busy: [[25, 41]],
      durationMs: 20,
      stepMs: 10,
      limit: 5,
    });
    expect(slots).toEqual([
      [0, 20],
      [50, 70],
      [60, 80],
      [70, 90],
      [80, 100],
    ]);
  });
});

describe('workingIntervals', () => {
  it('clips the calendar’s working hours to the range, day by day, in UTC', () => {
    const calendar = compileCalendar({
      id: 'moscow',
      name: 'Moscow',
      timeZone: 'Europe/Moscow',
      week: { 2: [{ start: '09:00', end: '13:00' }], 3: [{ start: '09:00', end: '18:00' }] },
    });
    const from = Date.parse('2026-03-10T08:00:00Z'); // Tuesday 11:00 in Moscow
    const to = Date.parse('2026-03-11T10:00:00Z'); // Wednesday 13:00 in Moscow
    expect(
      workingIntervals(calendar, from, to).map(([s, e]) => [
        new Date(s).toISOString(),
        new Date(e).toISOString(),
      ]),
    ).toEqual([
      ['2026-03-10T08:00:00.000Z', '2026-03-10T10:00:00.000Z'],
      ['2026-03-11T06:00:00.000Z', '2026-03-11T10:00:00.000Z'],
    ]);
  });
});
