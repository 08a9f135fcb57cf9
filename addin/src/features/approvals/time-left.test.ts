import { formatRelative } from './time-left';

const now = Date.parse('2026-03-03T07:00:00Z');
const h = 3_600_000;

describe('formatRelative', () => {
  it('says how long until the instant, rounded down so it never promises more time', () => {
    expect(formatRelative(now + 59 * 60_000, now, 'en')).toBe('in 59 minutes');
    expect(formatRelative(now + 30 * h + 59 * 60_000, now, 'en')).toBe('in 30 hours');
    expect(formatRelative(now + 73 * h, now, 'en')).toBe('in 3 days');
    expect(formatRelative(now + 10_000, now, 'en')).toBe('in 1 minute');
  });

  it('says how long ago an instant passed, in Russian too', () => {
    expect(formatRelative(now - 2 * h, now, 'en')).toBe('2 hours ago');
    expect(formatRelative(now - 5 * 24 * h, now, 'ru')).toBe('5 дней назад');
  });
});
