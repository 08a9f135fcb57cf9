import { type Approval, approvalSchema } from './approval';
import { approve, newApproval, people, play, reject } from './test-approvals';

/** The paths of the issues a stored document is refused for. */
const refusal = (doc: unknown): string[] => {
  const result = approvalSchema.safeParse(doc);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};
const rejectedTwoLevels = (): Approval =>
  play(newApproval('sequential', ['mona', 'eve']), [
    ['mona', approve],
    ['eve', reject],
  ]);

describe('a stored approval', () => {
  it('reads back as written, extra storage fields dropped', () => {
    const a = rejectedTwoLevels();
    expect(approvalSchema.parse({ ...a, _etag: '"1"', docType: 'approval' })).toEqual(a);
  });

  it('is refused when its status does not follow from the trail', () => {
    expect(refusal({ ...rejectedTwoLevels(), status: 'approved' })).toEqual(['status']);
  });

  it('is refused when an event claims an outcome the decisions do not give', () => {
    const a = rejectedTwoLevels();
    const history = a.history.map((e, i) => (i === 1 ? { ...e, to: 'approved' as const } : e));
    expect(refusal({ ...a, history })).toEqual(expect.arrayContaining(['history.1']));
  });

  it('is refused when someone decided out of turn or twice', () => {
    const a = newApproval('sequential', ['mona', 'eve']);
    const outOfTurn = play({ ...a, mode: 'all-of' }, [['eve', approve]]);
    expect(refusal({ ...outOfTurn, mode: 'sequential' })).toEqual(['history.1']);
    const once = play(newApproval('any-of', ['mona', 'eve']), [['mona', reject]]);
    const twice = {
      ...once,
      history: [...once.history, { ...once.history[1]!, id: 'ev-2' }],
      decisions: [...once.decisions, once.decisions[0]!],
    };
    expect(refusal(twice)).toEqual(['history.2']);
  });

  it('is refused when its decisions differ from the trail', () => {
    const a = rejectedTwoLevels();
    const decisions = a.decisions.map((d, i) => (i === 1 ? { ...d, comment: 'edited' } : d));
    expect(refusal({ ...a, decisions })).toEqual(['decisions']);
    expect(refusal({ ...a, decisions: a.decisions.slice(0, 1) })).toEqual(['decisions']);
  });

  it('is refused when something happened after it was settled, or the requester approves', () => {
    const a = rejectedTwoLevels();
    const late = {
      ...a.history[2]!,
      id: 'ev-3',
      type: 'cancelled' as const,
      from: 'rejected' as const,
      to: 'cancelled' as const,
      actorId: a.requesterId,
    };
    expect(refusal({ ...a, history: [...a.history, late], status: 'cancelled' })).toEqual([
      'history.3',
    ]);
    const own = [...a.approvers, { personId: people.rita.id }];
    expect(refusal({ ...a, approvers: own })).toEqual(['approvers']);
  });
});
