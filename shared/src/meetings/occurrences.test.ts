import { firstOccurrence, lastOccurrence, nextOccurrence, occurrencesBetween } from './occurrences';
import { weeklySeries } from './test-series';

const utc = (iso: string) => Date.parse(iso);
const starts = (list: { start: number }[]) => list.map((o) => new Date(o.start).toISOString());

describe('occurrencesBetween', () => {
  it('keeps a New York series created in March at 10:00 local across both DST changes', () => {
    const series = weeklySeries('America/New_York', { weekdays: [2, 7] });
    // 2026-11-01 (Sunday) New York falls back; 2027-03-14 (Sunday) it springs forward.
    expect(
      starts(occurrencesBetween(series, utc('2026-10-27T00:00Z'), utc('2026-11-04T00:00Z'))),
    ).toEqual([
      '2026-10-27T14:00:00.000Z', // Tue 10:00 EDT
      '2026-11-01T15:00:00.000Z', // Sun 10:00 EST, the day of the change
      '2026-11-03T15:00:00.000Z',
    ]);
    expect(
      starts(occurrencesBetween(series, utc('2027-03-09T00:00Z'), utc('2027-03-17T00:00Z'))),
    ).toEqual([
      '2027-03-09T15:00:00.000Z', // Tue 10:00 EST
      '2027-03-14T14:00:00.000Z', // Sun 10:00 EDT, the day of the change
      '2027-03-16T14:00:00.000Z',
    ]);
  });

  it('keeps a Moscow series at 10:00 (+03:00, no DST) on the same dates', () => {
    const series = weeklySeries('Europe/Moscow', { weekdays: [2, 7] });
    const around = [
      ...occurrencesBetween(series, utc('2026-10-27T00:00Z'), utc('2026-11-04T00:00Z')),
      ...occurrencesBetween(series, utc('2027-03-09T00:00Z'), utc('2027-03-17T00:00Z')),
    ];
    expect(around.map((o) => o.localDate)).toEqual([
      '2026-10-27',
      '2026-11-01',
      '2026-11-03',
      '2027-03-09',
      '2027-03-14',
      '2027-03-16',
    ]);
    expect(new Set(around.map((o) => new Date(o.start).toISOString().slice(11)))).toEqual(
      new Set(['07:00:00.000Z']),
    );
  });

  it('ends each occurrence after the duration and treats the range as [from, to)', () => {
    const series = weeklySeries('Europe/Moscow');
    const [only, ...rest] = occurrencesBetween(
      series,
      utc('2026-03-03T07:00Z'),
      utc('2026-03-10T07:00Z'),
    );
    expect(rest).toEqual([]);
    expect(only).toEqual({
      localDate: '2026-03-03',
      start: utc('2026-03-03T07:00Z'),
      end: utc('2026-03-03T08:00Z'),
    });
  });

  it('finds the occurrence of the local date that is still the previous day in UTC', () => {
    // 08:00 Tuesday in Vladivostok (+10) is 22:00 Monday UTC.
    const series = weeklySeries('Asia/Vladivostok', { localTime: '08:00' });
    const found = occurrencesBetween(series, utc('2026-03-09T21:00Z'), utc('2026-03-09T23:00Z'));
    expect(found.map((o) => [o.localDate, new Date(o.start).toISOString()])).toEqual([
      ['2026-03-10', '2026-03-09T22:00:00.000Z'],
    ]);
  });

  it('moves a start inside the spring-forward gap forward by the gap', () => {
    const series = weeklySeries('America/New_York', { weekdays: [7], localTime: '02:30' });
    const [onChange] = occurrencesBetween(
      series,
      utc('2026-03-08T00:00Z'),
      utc('2026-03-09T00:00Z'),
    );
    expect(onChange?.start).toBe(utc('2026-03-08T07:30Z')); // 03:30 EDT
  });

  it('honours the interval, counted in Monday-based weeks from the start date', () => {
    const series = weeklySeries('Europe/Moscow', {
      interval: 2,
      weekdays: [2, 4],
      startDate: '2026-03-05',
    });
    const found = occurrencesBetween(series, utc('2026-03-01T00:00Z'), utc('2026-04-01T00:00Z'));
    // Week of 2 Mar (from Thu 5th), skip the week of 9 Mar, week of 16 Mar, skip, week of 30 Mar.
    expect(found.map((o) => o.localDate)).toEqual([
      '2026-03-05',
      '2026-03-17',
      '2026-03-19',
      '2026-03-31',
    ]);
  });

  it('stops at the end date and after the count', () => {
    const byDate = weeklySeries('Europe/Moscow', { endDate: '2026-03-17' });
    const byCount = weeklySeries('Europe/Moscow', { count: 2 });
    const year = [utc('2026-01-01T00:00Z'), utc('2027-01-01T00:00Z')] as const;
    expect(occurrencesBetween(byDate, ...year).map((o) => o.localDate)).toEqual([
      '2026-03-03',
      '2026-03-10',
      '2026-03-17',
    ]);
    expect(occurrencesBetween(byCount, ...year).map((o) => o.localDate)).toEqual([
      '2026-03-03',
      '2026-03-10',
    ]);
    // The count is used up by occurrences before the range too.
    expect(occurrencesBetween(byCount, utc('2026-03-09T00:00Z'), year[1])).toHaveLength(1);
  });

  it('refuses an unbounded range', () => {
    expect(() => occurrencesBetween(weeklySeries('UTC'), 0, Infinity)).toThrow(RangeError);
  });
});

describe('firstOccurrence, nextOccurrence, lastOccurrence', () => {
  it('starts on the first meeting weekday on or after the start date', () => {
    const series = weeklySeries('Europe/Moscow', { weekdays: [5], startDate: '2026-03-03' });
    expect(firstOccurrence(series)?.localDate).toBe('2026-03-06');
  });

  it('finds the next occurrence strictly after an instant', () => {
    const series = weeklySeries('America/New_York');
    expect(nextOccurrence(series, utc('2026-03-03T15:00Z'))?.localDate).toBe('2026-03-10');
    expect(nextOccurrence(series, utc('2026-03-03T14:59Z'))?.localDate).toBe('2026-03-03');
    expect(
      nextOccurrence(weeklySeries('UTC', { count: 1 }), utc('2026-03-04T00:00Z')),
    ).toBeUndefined();
  });

  it('knows the last occurrence of a bounded series only', () => {
    expect(lastOccurrence(weeklySeries('UTC', { endDate: '2026-03-16' }))?.localDate).toBe(
      '2026-03-10',
    );
    expect(lastOccurrence(weeklySeries('UTC', { count: 3 }))?.localDate).toBe('2026-03-17');
    expect(lastOccurrence(weeklySeries('UTC'))).toBeUndefined();
    expect(
      firstOccurrence(weeklySeries('UTC', { weekdays: [1], endDate: '2026-03-08' })),
    ).toBeUndefined();
  });
});
