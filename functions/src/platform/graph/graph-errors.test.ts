import { NotFound } from '@tandem/shared';
import { CalendarRejected, CalendarUnavailable } from './calendar-errors';
import { graphErrorOf, retryAfterMs } from './graph-errors';

const now = Date.parse('2026-03-01T09:00:00Z');
const body = (code: string) => JSON.stringify({ error: { code, message: `${code} happened` } });

describe('retryAfterMs', () => {
  it('reads delta-seconds and HTTP dates, and nothing else', () => {
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs('Sun, 01 Mar 2026 09:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Sun, 01 Mar 2026 08:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});

describe('graphErrorOf', () => {
  it('makes throttling and server trouble CalendarUnavailable with the wait asked for', () => {
    const error = graphErrorOf('POST /users/x/events', 429, body('TooManyRequests'), '12', now);
    expect(error).toBeInstanceOf(CalendarUnavailable);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 12_000 });
    expect(error.message).toContain('TooManyRequests happened');
    expect(graphErrorOf('x', 503, '<html>gateway</html>', null, now)).toMatchObject({
      _tag: 'CalendarUnavailable',
      retryAfterMs: undefined,
    });
  });

  it('makes a missing item NotFound but a missing mailbox a refusal', () => {
    expect(graphErrorOf('x', 404, body('ErrorItemNotFound'), null, now)).toBeInstanceOf(NotFound);
    expect(graphErrorOf('x', 404, '', null, now)).toBeInstanceOf(NotFound);
    const user = graphErrorOf('x', 404, body('ErrorInvalidUser'), null, now);
    expect(user).toBeInstanceOf(CalendarRejected);
    expect(user).toMatchObject({ status: 404, code: 'ErrorInvalidUser' });
  });

  it('keeps Graph’s code on other refusals', () => {
    expect(graphErrorOf('x', 400, body('ErrorInvalidRequest'), null, now)).toMatchObject({
      _tag: 'CalendarRejected',
      status: 400,
      code: 'ErrorInvalidRequest',
    });
  });
});
