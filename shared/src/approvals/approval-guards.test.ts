import {
  Conflict,
  Forbidden,
  InvalidTransition,
  NotFound,
  ValidationFailed,
} from '../kernel/errors';
import { deepFreeze, outcome, stranger } from '../requests/test-fixtures';
import { approvalSchema } from './approval';
import type { ApprovalActionInput } from './approval-input';
import { allowedDecisions, applyApprovalAction } from './approval-machine';
import {
  act,
  approve,
  cancel,
  minute,
  newApproval,
  people,
  play,
  reject,
  t0,
} from './test-approvals';

const issuePaths = (run: () => unknown): string[] | 'no error' => {
  try {
    run();
  } catch (err) {
    if (err instanceof ValidationFailed) return err.issues.map((i) => i.path);
    throw err;
  }
  return 'no error';
};

describe('every mode', () => {
  it.each(['sequential', 'all-of', 'any-of'] as const)('%s: a person decides once', (mode) => {
    const once = play(newApproval(mode, ['mona', 'leo']), [
      ['mona', mode === 'any-of' ? reject : approve],
    ]);
    expect(once.status).toBe('pending');
    const again = () => act(once, 'mona', reject);
    expect(again).toThrow(InvalidTransition);
    expect(again).toThrow('You have already decided (');
    expect(allowedDecisions(once, people.mona)).toEqual([]);
  });

  it('refuses people who are not approvers, the requester included, with 403', () => {
    const asked = newApproval('all-of');
    for (const who of ['rita', 'sam', 'leo'] as const) {
      expect(outcome(() => act(asked, who))).toBe('Forbidden');
    }
  });

  it('does not disclose an approval to another tenant', () => {
    const run = () =>
      applyApprovalAction(newApproval('any-of'), approve, stranger, t0, 'Europe/Moscow', 'ev-x');
    expect(run).toThrow(NotFound);
  });

  it.each([undefined, '', '   '])('requires a comment to reject: %j', (comment) => {
    const input = { action: 'reject', comment } as ApprovalActionInput;
    expect(issuePaths(() => act(newApproval('any-of'), 'mona', input))).toEqual(['comment']);
  });

  it('keeps an optional comment on approval and leaves a blank one out', () => {
    const withComment = act(newApproval('any-of'), 'mona', { action: 'approve', comment: ' OK ' });
    expect(withComment.decisions[0]?.comment).toBe('OK');
    expect(withComment.history[1]?.comment).toBe('OK');
    const blank = act(newApproval('any-of'), 'mona', { action: 'approve', comment: ' ' });
    expect(blank.decisions[0]).not.toHaveProperty('comment');
  });
});

describe('cancel', () => {
  it('is for the requester while pending, and stops all decisions', () => {
    const half = play(newApproval('sequential'), [['mona', approve]]);
    expect(() => act(half, 'mona', cancel)).toThrow(Forbidden);
    expect(allowedDecisions(half, people.rita)).toEqual(['cancel']);
    const cancelled = play(half, [['rita', cancel]]);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.decisions).toHaveLength(1);
    expect(() => act(cancelled, 'eve')).toThrow(InvalidTransition);
    expect(approvalSchema.parse(cancelled)).toEqual(cancelled);
  });

  it.each([
    ['approved', approve],
    ['rejected', reject],
  ] as const)('is refused with 409 once %s', (status, decision) => {
    const settled = play(newApproval('any-of'), [['mona', decision]]);
    const oneApprover = status === 'rejected' ? play(settled, [['eve', reject]]) : settled;
    expect(oneApprover.status).toBe(status);
    expect(() => act(oneApprover, 'rita', cancel)).toThrow(
      `Cannot cancel an approval that is ${status}.`,
    );
    expect(allowedDecisions(oneApprover, people.rita)).toEqual([]);
  });
});

describe('the trail', () => {
  it('never mutates its input and refuses a replayed event id', () => {
    const asked = deepFreeze(newApproval('all-of'));
    const next = applyApprovalAction(asked, approve, people.mona, t0 + minute, 'UTC', 'ev-1');
    expect(asked.history).toHaveLength(1);
    expect(() =>
      applyApprovalAction(next, approve, people.eve, t0 + 2 * minute, 'UTC', 'ev-1'),
    ).toThrow(Conflict);
  });

  it('records when and in which zone each decision was taken, never before the last event', () => {
    const asked = newApproval('all-of');
    const early = applyApprovalAction(
      asked,
      approve,
      people.mona,
      t0 - 5,
      'Asia/Krasnoyarsk',
      'e1',
    );
    expect(early.decisions[0]).toMatchObject({ at: asked.createdAt, timeZone: 'Asia/Krasnoyarsk' });
    expect(early.updatedAt).toBe(asked.createdAt);
    expect(() => applyApprovalAction(asked, approve, people.mona, t0, 'Mars/Base', 'e1')).toThrow(
      ValidationFailed,
    );
  });
});
