/**
 * Tenancy through HTTP: tenant B has the same department ids as the demo tenant A and a person
 * with the same object id as A's marketer; still A's requests do not exist for anyone of B, and
 * nothing B's admin does to B's directory stops A's SLA escalations.
 */
import { expectProblem } from '../../fixtures/api-client';
import { escalationKinds } from '../../fixtures/api-notifications';
import {
  PEOPLE,
  type RequestDto,
  type RequestsClient,
  makeRequestsClient,
  newRequestBody,
} from '../../fixtures/api-requests';
import { type ApiStack, startApiStack } from '../../fixtures/api-stack';
import { OTHER, OTHER_TENANT_ID, seedOtherTenant } from '../../fixtures/other-tenant';

let s: ApiStack;
let requests: RequestsClient;
beforeAll(async () => {
  s = await startApiStack('2026-12-03T09:30:00Z'); // Thursday 12:30 in Moscow
  requests = makeRequestsClient(s);
  await seedOtherTenant(s);
});
afterAll(() => s.close());

const asB = async (personId: string) => ({ token: await s.tokenFor(personId, OTHER_TENANT_ID) });

describe('another tenant', () => {
  let mine: RequestDto;
  let theirs: RequestDto;
  beforeAll(async () => {
    mine = await requests.inStatus('acknowledged', 'Tenant A only');
    const res = await s.api.call<RequestDto>('POST', '/api/requests', {
      token: await s.tokenFor(OTHER.salesRep, OTHER_TENANT_ID),
      json: newRequestBody({ title: 'Tenant B only' }),
    });
    expect(res.status).toBe(201);
    theirs = res.body;
  });
  const people = Object.entries(OTHER);

  it.each(people)(
    "does not exist for B's %s: read or act → 404, nothing written",
    async (_, id) => {
      const token = await s.tokenFor(id, OTHER_TENANT_ID);
      expectProblem(
        await s.api.call('GET', `/api/requests/${mine.id}`, { token }),
        404,
        'not-found',
      );
      for (const [action, body] of [
        ['answer', { text: 'Hijacked' }],
        ['comment', { text: 'Hello from B' }],
        ['cancel', {}],
      ] as const) {
        const res = await s.api.call('POST', `/api/requests/${mine.id}/${action}`, {
          token,
          json: body,
          headers: { 'if-match': mine.etag },
        });
        expectProblem(res, 404, 'not-found');
      }
      const after = (await requests.get(PEOPLE.requester, mine.id)).body;
      expect([after.etag, after.history.length]).toEqual([mine.etag, mine.history.length]);
    },
  );

  it.each(people)("never shows in the lists of B's %s", async (_, id) => {
    const token = await s.tokenFor(id, OTHER_TENANT_ID);
    for (const box of ['inbox', 'outbox']) {
      const res = await s.api.call<{ items: RequestDto[] }>(
        'GET',
        `/api/requests?box=${box}&limit=200`,
        { token },
      );
      expect(res.status).toBe(200);
      expect(res.body.items.every((r) => r.tenantId === OTHER_TENANT_ID)).toBe(true);
      expect(res.body.items.map((r) => r.id)).not.toContain(mine.id);
    }
  });

  it('keeps B’s requests out of A and in B', async () => {
    const inboxB = await s.api.call<{ items: RequestDto[] }>('GET', '/api/requests?box=inbox', {
      token: await s.tokenFor(OTHER.marketer, OTHER_TENANT_ID),
    });
    expect(inboxB.body.items.map((r) => r.id)).toEqual([theirs.id]);
    const inboxA = await requests.listAll(PEOPLE.responder, 'box=inbox&limit=200');
    expect(inboxA.map((r) => r.id)).toContain(mine.id);
    expect(inboxA.map((r) => r.id)).not.toContain(theirs.id);
    expectProblem(await requests.get(PEOPLE.executive, theirs.id), 404, 'not-found');
    const adminB = await s.api.call<{ items: { id: string }[] }>('GET', '/api/admin/people', {
      token: await s.tokenFor(OTHER.admin, OTHER_TENANT_ID),
    });
    expect(adminB.body.items.map((p) => p.id).sort()).toEqual(Object.values(OTHER).sort());
  });

  describe("after B's admin deletes a department that open requests still go to", () => {
    let deletion: number;
    beforeAll(async () => {
      const list = await s.api.call<{ items: { id: string; etag: string }[] }>(
        'GET',
        '/api/admin/departments',
        await asB(OTHER.admin),
      );
      const etag = list.body.items.find((d) => d.id === 'marketing')?.etag ?? '';
      deletion = (
        await s.api.call('DELETE', '/api/admin/departments/marketing', {
          ...(await asB(OTHER.admin)),
          headers: { 'if-match': etag },
        })
      ).status;
    });

    it("still shows B's requester their outbox", async () => {
      expect([204, 409]).toContain(deletion);
      const res = await s.api.call<{ items: RequestDto[] }>(
        'GET',
        '/api/requests?box=outbox',
        await asB(OTHER.salesRep),
      );
      expect(res.status).toBe(200);
      expect(res.body.items.map((r) => r.id)).toEqual([theirs.id]);
    });

    it("still escalates tenant A's breaches", async () => {
      s.clock.set('2026-12-03T12:30:00Z'); // 15:30 Moscow; B's request is due for a sweep first
      const body = newRequestBody({ title: 'A must still escalate', priority: 'urgent' });
      const late = await requests.create(PEOPLE.requester, body);
      s.clock.set('2026-12-03T14:00:00Z'); // 17:00 Moscow: 90 of 60 business minutes used
      // A failed run is logged by the timer and retried next minute; what counts is who was told.
      await s.stack.app.sweep().catch(() => undefined);
      expect(await escalationKinds(s, late.id)).toEqual({
        responderHead: ['sla-breach', 'sla-warning'],
        executive: ['sla-breach'],
        requesterHead: [],
      });
    });
  });
});
