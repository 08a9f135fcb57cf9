import type { PersonId } from '@tandem/shared/browser';
import { approverStates } from './approver-states';

const at = '2026-03-03T08:00:00.000Z';
/** Ids as the API answers them (branded by the shared schema). */
const id = (personId: string) => personId as PersonId;
const approvers = ['head', 'finance', 'exec'].map((personId) => ({ personId: id(personId) }));

describe('approverStates', () => {
  it('in a sequence: the first decided, the second deciding, the third waiting their turn', () => {
    const rows = approverStates({
      approvers,
      status: 'pending',
      awaiting: [id('finance')],
      decisions: [
        { approverId: id('head'), decision: 'approve', comment: 'Fine', at, timeZone: 'UTC' },
      ],
    });
    expect(rows).toEqual([
      { personId: 'head', state: 'approved', at, comment: 'Fine' },
      { personId: 'finance', state: 'deciding' },
      { personId: 'exec', state: 'queued' },
    ]);
  });

  it('after a rejection nobody else is needed', () => {
    const rows = approverStates({
      approvers,
      status: 'rejected',
      awaiting: [],
      decisions: [{ approverId: id('finance'), decision: 'reject', at, timeZone: 'UTC' }],
    });
    expect(rows.map((r) => r.state)).toEqual(['not-needed', 'rejected', 'not-needed']);
  });

  it('all-of: everyone who has not decided is deciding at once', () => {
    const rows = approverStates({
      approvers,
      status: 'pending',
      awaiting: [id('head'), id('exec')],
      decisions: [{ approverId: id('finance'), decision: 'approve', at, timeZone: 'UTC' }],
    });
    expect(rows.map((r) => r.state)).toEqual(['deciding', 'approved', 'deciding']);
  });
});
