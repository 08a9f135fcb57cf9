import { Conflict, ValidationFailed } from '@tandem/shared';
import { createRequest } from '../requests';
import { DEMO, approvalDeps, budgetBody } from './approval-test-fixture';
import { createApproval } from './create-approval';

const paths = async (run: Promise<unknown>): Promise<string[] | 'created'> => {
  try {
    await run;
  } catch (err) {
    if (err instanceof ValidationFailed) return err.issues.map((i) => i.path);
    throw err;
  }
  return 'created';
};

describe('asking for an approval', () => {
  it("runs the SLA in the first approver's department calendar", async () => {
    const { deps, person } = await approvalDeps();
    const marketer = await person(DEMO.marketer);
    const financeFirst = await createApproval(deps, marketer, {
      ...budgetBody([DEMO.financeHead, DEMO.marketingHead]),
      slaMinutes: 240,
    });
    // 14:00 Monday in Krasnoyarsk: 240 business minutes end at 18:00 there, 14:00 in Moscow.
    expect(financeFirst.stored.value.sla).toEqual({
      targetMinutes: 240,
      calendarId: 'krasnoyarsk',
    });
    expect(financeFirst.stored.index.slaDueAt).toBe(Date.parse('2026-11-30T11:00:00Z'));
    const marketingFirst = await createApproval(
      deps,
      marketer,
      budgetBody([DEMO.marketingHead, DEMO.financeHead]),
    );
    expect(marketingFirst.stored.value.sla.calendarId).toBe('moscow-ho');
    expect(marketingFirst.stored.index.awaiting).toEqual([DEMO.marketingHead]);
  });

  it('refuses approvers who are not in the directory of the tenant', async () => {
    const { deps, person } = await approvalDeps();
    const body = budgetBody([DEMO.financeHead, 'nobody', DEMO.executive, 'ghost']);
    expect(await paths(createApproval(deps, await person(DEMO.marketer), body))).toEqual([
      'approvers.1.personId',
      'approvers.3.personId',
    ]);
    expect(deps.approvalStore.all()).toHaveLength(0);
  });

  it('links only to a request the requester can see', async () => {
    const { deps, person } = await approvalDeps();
    const rep = await person(DEMO.murmanskRep);
    const { stored } = await createRequest(deps, rep, {
      toDepartmentId: 'logistics',
      typeId: 'question',
      priority: 'normal',
      title: 'Delivery to Murmansk',
    });
    const linked = (requestId: string) => budgetBody([DEMO.financeHead], { link: { requestId } });
    const marketer = await person(DEMO.marketer);
    expect(await paths(createApproval(deps, marketer, linked(stored.value.id)))).toEqual([
      'link.requestId',
    ]);
    expect(await paths(createApproval(deps, marketer, linked('no-such-request')))).toEqual([
      'link.requestId',
    ]);
    expect(await paths(createApproval(deps, rep, linked(stored.value.id)))).toBe('created');
  });

  it('answers a retry with the same Idempotency-Key with the first approval', async () => {
    const { deps, person } = await approvalDeps();
    const marketer = await person(DEMO.marketer);
    const body = budgetBody([DEMO.marketingHead]);
    const first = await createApproval(deps, marketer, body, 'key-1');
    const again = await createApproval(deps, marketer, body, 'key-1');
    expect([first.created, again.created]).toEqual([true, false]);
    expect(again.stored.value).toEqual(first.stored.value);
    await expect(
      createApproval(deps, marketer, { ...body, title: 'Something else' }, 'key-1'),
    ).rejects.toThrow(Conflict);
    const otherPerson = await createApproval(deps, await person(DEMO.marketer2), body, 'key-1');
    expect(otherPerson.created).toBe(true);
    expect(deps.approvalStore.all()).toHaveLength(2);
  });

  it('gives a request and an approval raised with the same key different ids', async () => {
    const { deps, person } = await approvalDeps();
    const marketer = await person(DEMO.marketer);
    const request = await createRequest(
      deps,
      marketer,
      { toDepartmentId: 'finance', typeId: 'question', priority: 'normal', title: 'Budget?' },
      'same-key',
    );
    const approval = await createApproval(
      deps,
      marketer,
      budgetBody([DEMO.financeHead]),
      'same-key',
    );
    expect(approval.created).toBe(true);
    expect(approval.stored.value.id).not.toBe(request.stored.value.id);
  });
});
