import { Forbidden, NotFound, PreconditionFailed, PreconditionRequired } from '@tandem/shared';
import { DEMO, approvalDeps, budgetBody } from './approval-test-fixture';
import { createApproval } from './create-approval';
import { decideApproval } from './decide-approval';
import { getApproval, listApprovals } from './read-approvals';

async function twoLevels() {
  const t = await approvalDeps();
  const marketer = await t.person(DEMO.marketer);
  const { stored } = await createApproval(
    t.deps,
    marketer,
    budgetBody([DEMO.marketingHead, DEMO.financeHead]),
  );
  const etag = `"1-${stored.value.history[0]!.id}"`;
  return { ...t, marketer, id: stored.value.id, etag };
}

describe('deciding on an approval', () => {
  it('needs the version the decider saw, and refuses a stale one', async () => {
    const { deps, person, id, etag } = await twoLevels();
    const head = await person(DEMO.marketingHead);
    await expect(decideApproval(deps, head, id, 'approve', {}, undefined)).rejects.toThrow(
      PreconditionRequired,
    );
    const first = await decideApproval(deps, head, id, 'approve', {}, `W/${etag}`);
    expect(first.version).not.toBe(etag);
    const finance = await person(DEMO.financeHead);
    await expect(decideApproval(deps, finance, id, 'approve', {}, etag)).rejects.toThrow(
      PreconditionFailed,
    );
    const done = await decideApproval(
      deps,
      finance,
      id,
      'reject',
      { comment: 'No.' },
      first.version,
    );
    expect(done.stored.value.status).toBe('rejected');
  });

  it('lets exactly one of two writes on the same version win', async () => {
    const t = await approvalDeps();
    const { stored } = await createApproval(
      t.deps,
      await t.person(DEMO.marketer),
      budgetBody([DEMO.marketingHead, DEMO.financeHead], { mode: 'any-of' }),
    );
    const etag = `"1-${stored.value.history[0]!.id}"`;
    const finance = await t.person(DEMO.financeHead);
    t.deps.approvalStore.beforeReplace = async () => {
      t.deps.approvalStore.beforeReplace = undefined;
      await decideApproval(t.deps, finance, stored.value.id, 'reject', { comment: 'No.' }, etag);
    };
    const head = await t.person(DEMO.marketingHead);
    await expect(
      decideApproval(t.deps, head, stored.value.id, 'approve', {}, etag),
    ).rejects.toThrow(PreconditionFailed);
    const [after] = t.deps.approvalStore.all();
    expect(after?.value.decisions.map((d) => d.approverId)).toEqual([DEMO.financeHead]);
  });

  it('moves the approval from one box to the next as the sequence advances', async () => {
    const { deps, person, id, etag } = await twoLevels();
    const head = await person(DEMO.marketingHead);
    const finance = await person(DEMO.financeHead);
    const toDecide = async (p: typeof head) =>
      (await listApprovals(deps, p, { box: 'to-decide' })).items.map((v) => v.stored.value.id);
    expect([await toDecide(head), await toDecide(finance)]).toEqual([[id], []]);
    await decideApproval(deps, head, id, 'approve', { comment: 'Fine by me.' }, etag);
    expect([await toDecide(head), await toDecide(finance)]).toEqual([[], [id]]);
    const mine = await listApprovals(deps, await person(DEMO.marketer), { box: 'mine' });
    expect(mine.items.map((v) => [v.stored.value.id, v.allowedDecisions])).toEqual([
      [id, ['cancel']],
    ]);
  });

  it('shows an approval only to its people, executives and admins; not across tenants', async () => {
    const { deps, person, elsewhere, id } = await twoLevels();
    for (const who of [DEMO.financeHead, DEMO.executive, DEMO.admin, DEMO.marketer]) {
      expect((await getApproval(deps, await person(who), id)).stored.value.id).toBe(id);
    }
    await expect(getApproval(deps, await person(DEMO.marketer2), id)).rejects.toThrow(Forbidden);
    await expect(getApproval(deps, await elsewhere(DEMO.marketer), id)).rejects.toThrow(NotFound);
  });
});
