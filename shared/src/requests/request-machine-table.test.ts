/**
 * Every row of the transition table against every status and every kind of person, with the
 * expectations written out from the product rules (not read from the implementation's table).
 */
import type { ActionName } from './request-actions';
import { applyAction } from './request-machine';
import { type RequestStatus, requestStatuses } from './request-status';
import {
  type PersonKey,
  minute,
  outcome,
  people,
  personKeys,
  requestIn,
  validInput,
} from './test-fixtures';

const open: RequestStatus[] = ['new', 'acknowledged', 'in_progress', 'waiting_on_requester'];
const requesterSide: PersonKey[] = ['rita', 'sam'];
const responderSide: PersonKey[] = ['mark', 'mona'];

const expected: Record<
  ActionName,
  { from: RequestStatus[]; to: RequestStatus | 'same'; who: PersonKey[] }
> = {
  acknowledge: { from: ['new'], to: 'acknowledged', who: responderSide },
  answer: { from: ['new', 'acknowledged', 'in_progress'], to: 'resolved', who: responderSide },
  comment: {
    from: [...open, 'resolved'],
    to: 'same',
    who: [...requesterSide, ...responderSide, 'eve'],
  },
  wait: { from: ['acknowledged', 'in_progress'], to: 'waiting_on_requester', who: responderSide },
  resume: {
    from: ['waiting_on_requester'],
    to: 'in_progress',
    who: [...requesterSide, ...responderSide],
  },
  resolve: { from: ['acknowledged', 'in_progress'], to: 'resolved', who: responderSide },
  close: { from: ['resolved'], to: 'closed', who: requesterSide },
  reopen: { from: ['resolved', 'closed'], to: 'in_progress', who: requesterSide },
  decline: { from: open, to: 'declined', who: responderSide },
  cancel: { from: open, to: 'cancelled', who: requesterSide },
  reassign: { from: ['new', 'acknowledged', 'in_progress'], to: 'new', who: ['mona', 'eve'] },
};

describe.each(Object.keys(expected) as ActionName[])('%s', (action) => {
  const row = expected[action];

  it.each(requestStatuses)('from %s: allowed side succeeds, wrong side 403, else 409', (status) => {
    const request = requestIn(status);
    const now = Date.parse(request.updatedAt) + minute;
    const results = Object.fromEntries(
      personKeys.map((who) => [
        who,
        outcome(() =>
          applyAction(request, validInput[action], people[who], now, 'Asia/Krasnoyarsk', 'ev-x'),
        ),
      ]),
    );
    const want = Object.fromEntries(
      personKeys.map((who) => [
        who,
        !row.who.includes(who)
          ? 'Forbidden'
          : row.from.includes(status)
            ? 'ok'
            : 'InvalidTransition',
      ]),
    );
    expect(results).toEqual(want);
  });

  it.each(row.from)('from %s records who, when, where, from and to', (status) => {
    const request = requestIn(status);
    const now = Date.parse(request.updatedAt) + 7 * minute;
    for (const who of row.who) {
      const next = applyAction(request, validInput[action], people[who], now, 'Asia/Barnaul', 'e9');
      const event = next.history.at(-1);
      expect(next.history).toHaveLength(request.history.length + 1);
      expect(event).toMatchObject({
        id: 'e9',
        actorId: who,
        at: new Date(now).toISOString(),
        timeZone: 'Asia/Barnaul',
        from: status,
        to: row.to === 'same' ? status : row.to,
      });
      expect(next.status).toBe(row.to === 'same' ? status : row.to);
      expect(next.updatedAt).toBe(new Date(now).toISOString());
    }
  });
});
