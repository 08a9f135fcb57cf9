/**
 * Reading approvals: who may see one (also across tenants), the boxes with their order, filters
 * and paging, and the approval's own SLA as the clock moves.
 */
import type { RequestDto } from '../../../functions/src/features/requests/request-dto';
import { errorPaths, expectProblem } from '../../fixtures/api-client';
import {
  type ApprovalDto,
  type ApprovalsStack,
  DEMO,
  budgetApproval,
  startApprovalsStack,
} from '../../fixtures/approvals-stack';
import { OTHER, OTHER_TENANT_ID, seedOtherTenant } from '../../fixtures/other-tenant';

let s: ApprovalsStack;
beforeAll(async () => {
  s = await startApprovalsStack('2026-12-07T06:00:00Z'); // Monday 09:00 in Moscow
  await seedOtherTenant(s);
});
afterAll(() => s.close());

const ask = async (by: string, approvers: string[], overrides: object = {}) => {
  const res = await s.ask(by, budgetApproval(approvers, overrides));
  if (res.status !== 201) throw new Error(`ask: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};
const mine = async (by: string, query = '') =>
  (await s.list(by, `box=mine&limit=200${query}`)).body.items.map((a) => a.id);

describe('who sees an approval', () => {
  let a: ApprovalDto;
  beforeAll(async () => {
    a = await ask(DEMO.marketer, [DEMO.financeHead]);
  });

  it('the requester, the approvers, executives and admins; others get 403', async () => {
    for (const who of [DEMO.marketer, DEMO.financeHead, DEMO.executive, DEMO.admin]) {
      expect((await s.get(who, a.id)).status).toBe(200);
    }
    expectProblem(await s.get(DEMO.marketingHead, a.id), 403, 'forbidden');
    const outsider = await s.act(DEMO.logistician, a.id, 'approve', {}, a.etag);
    expectProblem(outsider, 403, 'forbidden');
  });

  it('does not exist for another tenant, even for the same object id', async () => {
    const token = await s.tokenFor(OTHER.marketer, OTHER_TENANT_ID);
    const res = await s.api.call('GET', `/api/approvals/${a.id}`, { token });
    expectProblem(res, 404, 'not-found');
    const list = await s.api.call<{ items: ApprovalDto[] }>('GET', '/api/approvals?box=mine', {
      token,
    });
    expect(list.body.items).toEqual([]);
  });

  it('is 404 for an unknown id and for the id of a request', async () => {
    expectProblem(await s.get(DEMO.marketer, 'no-such-approval'), 404, 'not-found');
    const req = await s.api.call<RequestDto>('POST', '/api/requests', {
      token: await s.tokenFor(DEMO.marketer),
      json: { toDepartmentId: 'finance', typeId: 'question', priority: 'normal', title: 'Budget?' },
    });
    expect(req.status).toBe(201);
    expectProblem(await s.get(DEMO.marketer, req.body.id), 404, 'not-found');
    const linked = await s.ask(
      DEMO.marketer,
      budgetApproval([DEMO.financeHead], { link: { requestId: req.body.id } }),
    );
    expect(linked.status).toBe(201);
    expect(linked.body.link).toEqual({ requestId: req.body.id });
    const notTheirs = await s.ask(
      DEMO.salesRep,
      budgetApproval([DEMO.financeHead], { link: { requestId: req.body.id } }),
    );
    expect(errorPaths(expectProblem(notTheirs, 400, 'validation-failed'))).toEqual([
      'link.requestId',
    ]);
  });
});

describe('the boxes', () => {
  it('mine lists newest first, page by page; the status filter narrows it', async () => {
    const ids: string[] = [];
    for (const title of ['First', 'Second', 'Third']) {
      s.clock.advanceMinutes(1);
      ids.push((await ask(DEMO.barnaulRep, [DEMO.salesHead], { title })).id);
    }
    const page1 = await s.list(DEMO.barnaulRep, 'box=mine&limit=2');
    expect(page1.body.items.map((a) => a.title)).toEqual(['Third', 'Second']);
    const next = encodeURIComponent(page1.body.continuation ?? 'missing');
    const page2 = await s.list(DEMO.barnaulRep, `box=mine&limit=2&continuation=${next}`);
    expect(page2.body.items.map((a) => a.title)).toEqual(['First']);
    const third = (await s.get(DEMO.barnaulRep, ids[2]!)).body;
    await s.act(DEMO.barnaulRep, third.id, 'cancel', {}, third.etag);
    expect(await mine(DEMO.barnaulRep, '&status=pending')).toEqual([ids[1], ids[0]]);
    expect(await mine(DEMO.barnaulRep, '&status=cancelled')).toEqual([ids[2]]);
  });

  it('to-decide puts what is due first on top', async () => {
    const later = await ask(DEMO.krasnoyarskRep, [DEMO.logisticsHead], { slaMinutes: 960 });
    const sooner = await ask(DEMO.krasnoyarskRep, [DEMO.logisticsHead], { slaMinutes: 60 });
    const items = (await s.list(DEMO.logisticsHead, 'box=to-decide')).body.items.map((a) => a.id);
    expect(items).toEqual([sooner.id, later.id]);
  });

  it('refuses an unknown box or filter with 400', async () => {
    expectProblem(await s.list(DEMO.marketer, 'box=all'), 400, 'validation-failed');
    expectProblem(await s.list(DEMO.marketer, 'status=open'), 400, 'validation-failed');
  });
});

describe("the approval's own SLA", () => {
  it('warns at 75 %, breaches at the target and shows overdue after the due instant', async () => {
    s.clock.set('2026-12-08T06:00:00Z'); // Tuesday 09:00 in Moscow
    const a = await ask(DEMO.marketer, [DEMO.executive], {
      slaMinutes: 120,
      dueAt: '2026-12-08T10:00:00Z',
    });
    expect(a.sla).toMatchObject({ state: 'on_track', dueAt: '2026-12-08T08:00:00.000Z' });
    s.clock.advanceMinutes(90);
    expect((await s.get(DEMO.executive, a.id)).body.sla).toMatchObject({
      state: 'warning',
      percentUsed: 75,
    });
    s.clock.advanceMinutes(30);
    expect((await s.get(DEMO.executive, a.id)).body).toMatchObject({
      sla: { state: 'breached' },
      overdue: false,
    });
    s.clock.set('2026-12-08T10:00:01Z');
    expect((await s.get(DEMO.executive, a.id)).body.overdue).toBe(true);
  });
});
