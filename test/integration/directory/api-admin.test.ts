/**
 * Tenant administration and the health check, through HTTP (the OpenAPI document has its own
 * suite, platform/api-openapi). Admin writes create without If-Match and replace with it, so two
 * admins never overwrite each other.
 */
import { DEMO, DEMO_TENANT_ID } from '../../../functions/src/platform/local/demo-directory';
import { errorPaths, expectProblem } from '../../fixtures/api-client';
import { type ApiStack, startApiStack } from '../../fixtures/api-stack';
import { makeRequestsClient, newRequestBody } from '../../fixtures/api-requests';
import { badAdminBodies } from '../../fixtures/admin-bad-bodies';

let s: ApiStack;
beforeAll(async () => {
  s = await startApiStack('2026-12-07T10:00:00Z');
});
afterAll(() => s.close());

type Entry = { id: string; etag: string } & Record<string, unknown>;
const as = async (personId: string) => ({ token: await s.tokenFor(personId) });
const list = async (kind: string, by: string = DEMO.admin) =>
  s.api.call<{ items: Entry[] }>('GET', `/api/admin/${kind}`, await as(by));
const put = async (path: string, json: unknown, etag?: string, by: string = DEMO.admin) =>
  s.api.call<Entry>('PUT', `/api/admin/${path}`, {
    ...(await as(by)),
    json,
    headers: etag ? { 'if-match': etag } : {},
  });

const dept = (name: string) => ({ name, calendarId: 'moscow-ho' });

describe('admin endpoints', () => {
  it('are forbidden to members, heads and executives (403), and write nothing', async () => {
    for (const who of [DEMO.marketer, DEMO.marketingHead, DEMO.executive]) {
      expectProblem(await list('departments', who), 403, 'forbidden');
      expectProblem(await put('departments/pr', dept('PR'), undefined, who), 403, 'forbidden');
    }
    expect((await list('departments')).body.items.map((d) => d.id)).not.toContain('pr');
  });

  it.each([
    ['departments', 5],
    ['branches', 3],
    ['people', 14],
    ['calendars', 4],
    ['sla-policies', 4],
  ])('lists the %s of the tenant with their ETags', async (kind, count) => {
    const res = await list(kind);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(count);
    expect(res.body.items.every((i) => typeof i.etag === 'string' && i.etag !== '')).toBe(true);
  });

  it('creates (201), refuses to create twice (409), replaces with If-Match (200), refuses a stale one (412)', async () => {
    const created = await put('departments/legal', dept('Legal'));
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe(created.body.etag);
    expect(created.body).toMatchObject({ id: 'legal', tenantId: DEMO_TENANT_ID });
    expectProblem(await put('departments/legal', dept('Legal 2')), 409, 'conflict');
    const renamed = await put('departments/legal', dept('Legal & Compliance'), created.body.etag);
    expect(renamed.status).toBe(200);
    expect(renamed.body.etag).not.toBe(created.body.etag);
    const stale = await put('departments/legal', dept('Lost update'), created.body.etag);
    expectProblem(stale, 412, 'precondition-failed');
    const legal = (await list('departments')).body.items.find((d) => d.id === 'legal');
    expect(legal).toMatchObject({ name: 'Legal & Compliance', etag: renamed.body.etag });
  });

  it('puts what it creates to use at once: a new department gets requests, a new person signs in', async () => {
    await put('departments/security', dept('Security'));
    const newcomer = 'c0000000-0000-4000-a000-000000000777';
    const person = {
      displayName: 'Nina Guard',
      email: 'nina@contoso-trading.example',
      departmentId: 'security',
      branchId: null,
      role: 'member',
    };
    expect((await put(`people/${newcomer}`, person)).status).toBe(201);
    const me = await s.api.call<{ person: { role: string } }>('GET', '/api/me', await as(newcomer));
    expect(me.body.person.role).toBe('member');
    const body = newRequestBody({ toDepartmentId: 'security' });
    const req = await makeRequestsClient(s).create(DEMO.murmanskRep, body);
    expect(req.toDepartmentId).toBe('security');
  });

  it.each(badAdminBodies)('refuses $what with 400 and field paths, writing nothing', async (b) => {
    const kind = b.path.split('/')[0] ?? '';
    const before = (await list(kind)).body.items.length;
    expect(errorPaths(expectProblem(await put(b.path, b.body), 400, 'validation-failed'))).toEqual(
      b.paths,
    );
    expect((await list(kind)).body.items).toHaveLength(before);
  });

  it('refuses an unknown kind (400) and a delete without If-Match (428); deletes with it (204)', async () => {
    expect(errorPaths(expectProblem(await list('wizards'), 400, 'validation-failed'))).toEqual([
      '',
    ]);
    const created = await put('departments/temp', dept('Temp'));
    const del = async (headers: Record<string, string>) =>
      s.api.call('DELETE', '/api/admin/departments/temp', { ...(await as(DEMO.admin)), headers });
    expectProblem(await del({}), 428, 'precondition-required');
    expect((await del({ 'if-match': created.body.etag })).status).toBe(204);
    expect((await list('departments')).body.items.map((d) => d.id)).not.toContain('temp');
  });
});

describe('health', () => {
  it('answers the health check without a token, and unknown routes with a 404 problem', async () => {
    const health = await s.api.call('GET', '/api/health');
    expect(health).toMatchObject({ status: 200, body: { status: 'ok', cosmos: 'ok' } });
    expectProblem(await s.api.call('GET', '/api/nothing-here'), 404, 'not-found');
  });
});
