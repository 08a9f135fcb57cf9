import { InvalidTransition, Forbidden } from '../kernel/errors';
import { approvalSchema } from './approval';
import { allowedDecisions } from './approval-machine';
import { awaitingApprovers } from './approval-outcome';
import { act, approve, ids, newApproval, people, play, reject } from './test-approvals';

describe('a sequential two-level approval', () => {
  it('with one rejection: the first level approves, the second rejects, and it is rejected', () => {
    const asked = newApproval('sequential', ['mona', 'eve']);
    const first = play(asked, [['mona', approve]]);
    expect(first.status).toBe('pending');
    expect(awaitingApprovers(first)).toEqual(ids('eve'));
    const done = play(first, [['eve', reject]]);
    expect(done.status).toBe('rejected');
    expect(done.decisions).toEqual([
      expect.objectContaining({ approverId: people.mona.id, decision: 'approve' }),
      expect.objectContaining({
        approverId: people.eve.id,
        decision: 'reject',
        comment: 'Too expensive.',
      }),
    ]);
    expect(done.history.map((e) => [e.type, e.from, e.to])).toEqual([
      ['created', null, 'pending'],
      ['approved', 'pending', 'pending'],
      ['rejected', 'pending', 'rejected'],
    ]);
    expect(approvalSchema.parse(done)).toEqual(done);
  });

  it('lets only the current approver decide: the second level waits for the first', () => {
    const asked = newApproval('sequential', ['mona', 'leo', 'eve']);
    expect(() => act(asked, 'eve')).toThrow(Forbidden);
    expect(() => act(asked, 'leo', reject)).toThrow(Forbidden);
    expect(allowedDecisions(asked, people.eve)).toEqual([]);
    expect(allowedDecisions(asked, people.mona)).toEqual(['approve', 'reject']);
  });

  it('is approved by the last approval only', () => {
    const two = play(newApproval('sequential', ['mona', 'leo', 'eve']), [
      ['mona', approve],
      ['leo', approve],
    ]);
    expect(two.status).toBe('pending');
    expect(play(two, [['eve', approve]]).status).toBe('approved');
  });

  it('ends at a first-level rejection: the later levels can no longer decide', () => {
    const rejected = play(newApproval('sequential'), [['mona', reject]]);
    expect(rejected.status).toBe('rejected');
    expect(awaitingApprovers(rejected)).toEqual([]);
    expect(() => act(rejected, 'eve')).toThrow(InvalidTransition);
  });
});

describe('all-of', () => {
  it('needs every approver, in any order', () => {
    const asked = newApproval('all-of', ['mona', 'leo', 'eve']);
    const two = play(asked, [
      ['eve', approve],
      ['mona', approve],
    ]);
    expect([two.status, awaitingApprovers(two)]).toEqual(['pending', ids('leo')]);
    expect(play(two, [['leo', approve]]).status).toBe('approved');
  });

  it('is rejected by any rejection, even after the others approved', () => {
    const approvedByTwo = play(newApproval('all-of', ['mona', 'leo', 'eve']), [
      ['mona', approve],
      ['leo', approve],
    ]);
    expect(play(approvedByTwo, [['eve', reject]]).status).toBe('rejected');
  });
});

describe('any-of', () => {
  it('is approved by the first approval', () => {
    const asked = newApproval('any-of', ['mona', 'leo', 'eve']);
    const approved = play(asked, [['leo', approve]]);
    expect(approved.status).toBe('approved');
    expect(() => act(approved, 'mona')).toThrow(InvalidTransition);
  });

  it('stays pending while someone may still approve, and is rejected when all reject', () => {
    const twoNo = play(newApproval('any-of', ['mona', 'leo', 'eve']), [
      ['mona', reject],
      ['eve', reject],
    ]);
    expect([twoNo.status, awaitingApprovers(twoNo)]).toEqual(['pending', ids('leo')]);
    expect(play(twoNo, [['leo', reject]]).status).toBe('rejected');
    expect(play(twoNo, [['leo', approve]]).status).toBe('approved');
  });
});
