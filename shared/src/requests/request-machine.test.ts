import { expect } from '@jest/globals';
import {
  Conflict,
  Forbidden,
  InvalidTransition,
  NotFound,
  ValidationFailed,
} from '../kernel/errors';
import { applyAction } from './request-machine';
import {
  deepFreeze,
  logistics,
  marketing,
  minute,
  newRequest,
  people,
  play,
  requestIn,
  sales,
  stranger,
  t0,
  validInput,
} from './test-fixtures';

const at = t0 + 5 * minute;
const act = (
  action: Parameters<typeof applyAction>[1],
  who: keyof typeof people,
  r = newRequest(),
) => applyAction(r, action, people[who], at, 'Europe/Moscow', 'ev-new');

describe('applyAction', () => {
  it('records the answer, the reason and the question as the event comment', () => {
    expect(act(validInput.answer, 'mark').history[1]).toMatchObject({
      type: 'answered',
      comment: 'We have 40 in stock.',
    });
    expect(act(validInput.decline, 'mona').history[1]).toMatchObject({
      type: 'declined',
      comment: 'Not ours to answer.',
    });
    const waiting = act(validInput.wait, 'mark', requestIn('acknowledged'));
    expect(waiting.history.at(-1)).toMatchObject({
      type: 'asked_requester',
      comment: 'Which warehouse?',
    });
  });

  it('leaves the comment out when none or a blank one is given', () => {
    const event = act({ action: 'acknowledge', comment: '   ' }, 'mark').history[1];
    expect(event).not.toHaveProperty('comment');
  });

  it.each([
    [{ action: 'answer' }, 'text'],
    [{ action: 'answer', text: '  ' }, 'text'],
    [{ action: 'comment', text: '' }, 'text'],
    [{ action: 'decline' }, 'reason'],
    [{ action: 'wait' }, 'comment'],
    [{ action: 'reopen', comment: ' ' }, 'comment'],
    [{ action: 'reassign', toDepartmentId: logistics }, 'comment'],
    [{ action: 'reassign', comment: 'x' }, 'toDepartmentId'],
    [{ action: 'answer', text: 'x'.repeat(4001) }, 'text'],
  ])('requires the text: %j fails on %s', (input, path) => {
    const run = () => act(input as never, 'mona');
    expect(run).toThrow(ValidationFailed);
    expect(() => run()).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path })] }),
    );
  });

  it('moves a reassigned request to the new department as new, recording both departments', () => {
    const moved = act(validInput.reassign, 'mona', requestIn('in_progress'));
    expect(moved.status).toBe('new');
    expect(moved.toDepartmentId).toBe(logistics);
    expect(moved.history.at(-1)).toMatchObject({
      type: 'reassigned',
      from: 'in_progress',
      to: 'new',
      fromDepartmentId: marketing,
      toDepartmentId: logistics,
      comment: 'Logistics knows.',
    });
    // Marketing is no longer the responder; Logistics is.
    expect(() => play(moved, [['mark', 'acknowledge']])).toThrow(Forbidden);
    expect(play(moved, [['leo', 'acknowledge']]).status).toBe('acknowledged');
  });

  it.each([
    [marketing, 'already with this department'],
    [sales, 'department that raised it'],
  ])('refuses to reassign to %s', (toDepartmentId, message) => {
    const run = () => act({ ...validInput.reassign, toDepartmentId }, 'eve');
    expect(run).toThrow(ValidationFailed);
    expect(run).toThrow(
      expect.objectContaining({
        issues: [{ path: 'toDepartmentId', message: expect.stringContaining(message) }],
      }),
    );
  });

  it('says who may act when the person is on the wrong side', () => {
    expect(() => act(validInput.acknowledge, 'rita')).toThrow(
      new Forbidden('Only the responding department can acknowledge this request.'),
    );
    expect(() => act(validInput.reassign, 'mark')).toThrow(
      'Only the head of the responding department or an executive can reassign this request.',
    );
  });

  it('answers 409 with the status when the right person acts at the wrong time', () => {
    expect(() => act(validInput.close, 'rita')).toThrow(new InvalidTransition('close', 'new'));
  });

  it('hides the request from another tenant', () => {
    expect(() => act(validInput.acknowledge, 'mark', newRequest())).not.toThrow();
    expect(() =>
      applyAction(newRequest(), validInput.acknowledge, stranger, at, 'UTC', 'e'),
    ).toThrow(NotFound);
  });

  it('returns a new request and never changes the one given', () => {
    const before = deepFreeze(requestIn('acknowledged'));
    const copy = JSON.parse(JSON.stringify(before)) as unknown;
    const after = act(validInput.resolve, 'mark', before);
    expect(after).not.toBe(before);
    expect(after.history).not.toBe(before.history);
    expect(before).toEqual(copy);
  });

  it('never records an instant before the previous event (clock skew between instances)', () => {
    const request = requestIn('acknowledged');
    const skewed = applyAction(request, validInput.resolve, people.mark, t0 - 1000, 'UTC', 'e');
    expect(skewed.history.at(-1)?.at).toBe(request.history.at(-1)?.at);
  });

  it('refuses an event id already in the history (a replayed write)', () => {
    const request = newRequest();
    expect(() =>
      applyAction(request, validInput.acknowledge, people.mark, at, 'UTC', 'ev-0'),
    ).toThrow(Conflict);
  });

  it('refuses an unknown time zone', () => {
    expect(() =>
      applyAction(newRequest(), validInput.acknowledge, people.mark, at, 'Mars/Olympus', 'e'),
    ).toThrow(ValidationFailed);
  });
});
