import { allowedActions } from './request-machine';
import { newRequest, people, requestIn, stranger } from './test-fixtures';

describe('allowedActions', () => {
  it.each([
    ['rita', ['comment', 'cancel']],
    ['sam', ['comment', 'cancel']],
    ['sara', []],
    ['mark', ['acknowledge', 'answer', 'comment', 'decline']],
    ['mona', ['acknowledge', 'answer', 'comment', 'decline', 'reassign']],
    ['leo', []],
    ['eve', ['comment', 'reassign']],
    ['ada', []],
  ] as const)('on a new request, %s may %j', (who, actions) => {
    expect(allowedActions(newRequest(), people[who])).toEqual(actions);
  });

  it('offers close and reopen to the requester of a resolved request', () => {
    expect(allowedActions(requestIn('resolved'), people.rita)).toEqual([
      'comment',
      'close',
      'reopen',
    ]);
    expect(allowedActions(requestIn('closed'), people.sam)).toEqual(['reopen']);
    expect(allowedActions(requestIn('cancelled'), people.eve)).toEqual([]);
  });

  it('offers nothing to a person of another tenant', () => {
    expect(allowedActions(newRequest(), stranger)).toEqual([]);
  });
});
