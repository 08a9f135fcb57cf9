import { CalendarRejected, CalendarUnavailable } from '../../platform/graph/calendar-errors';
import { PreconditionRequired } from '@tandem/shared';
import { toProblemJson } from '../../platform/http/problem';
import { attachment } from './meeting-handlers';

describe('problems of the meetings API', () => {
  it('answers a write without If-Match with 428', () => {
    const res = toProblemJson(new PreconditionRequired('Send the ETag.'), '/api/meetings/m-1');
    expect(res.status).toBe(428);
    expect(res.jsonBody).toMatchObject({
      type: 'urn:tandem:problem:precondition-required',
      detail: 'Send the ETag.',
      instance: '/api/meetings/m-1',
    });
  });

  it('passes the calendar’s Retry-After on as 503 and a refusal as 502, without internals', () => {
    const busy = toProblemJson(new CalendarUnavailable('POST /users/x/events: 429', 429, 12_500));
    expect(busy.status).toBe(503);
    expect(busy.headers).toMatchObject({ 'retry-after': '13' });
    expect(JSON.stringify(busy.jsonBody)).not.toContain('/users/x');
    expect(toProblemJson(new CalendarUnavailable('lost')).headers).toMatchObject({
      'retry-after': '30',
    });
    const refused = toProblemJson(new CalendarRejected('denied', 403, 'ErrorAccessDenied'));
    expect(refused.status).toBe(502);
    expect(refused.jsonBody).toMatchObject({ type: 'urn:tandem:problem:calendar-rejected' });
    expect(refused.jsonBody.detail).toContain('ErrorAccessDenied');
  });
});

describe('the invitation file name', () => {
  it('keeps headers Latin-1: a Cyrillic title goes in filename*', () => {
    expect(attachment('Planning.ics')).toBe(
      'attachment; filename="Planning.ics"; filename*=UTF-8\'\'Planning.ics',
    );
    expect(attachment('Планёрка.ics')).toBe(
      `attachment; filename="________.ics"; filename*=UTF-8''${encodeURIComponent('Планёрка.ics')}`,
    );
  });
});
