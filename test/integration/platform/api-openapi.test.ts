/**
 * The OpenAPI document the API serves, against the API itself: every route of the composed
 * table is documented under its name and nothing else is, and real answers of the endpoints
 * conform to the schemas the document gives them (checked with a JSON Schema 2020-12 validator,
 * not with the zod schemas they were made from).
 */
import { DEMO } from '../../../functions/src/platform/local/demo-directory';
import {
  type OpenApiLike,
  documentedSchema,
  makeSchemaChecker,
  operationsOf,
} from '../../../functions/src/platform/http/testing/openapi-check';
import type { ApiResponse } from '../../fixtures/api-client';
import { makeRequestsClient, newRequestBody } from '../../fixtures/api-requests';
import {
  type ApprovalsStack,
  budgetApproval,
  startApprovalsStack,
} from '../../fixtures/approvals-stack';
import { makeMeetingsClient, planningBody } from '../../fixtures/meetings-api';

let s: ApprovalsStack;
let doc: ApiResponse<OpenApiLike & { openapi: string }>;
beforeAll(async () => {
  s = await startApprovalsStack('2026-12-07T07:00:00Z'); // Monday 10:00 in Moscow
  doc = await s.api.call('GET', '/api/openapi.json');
});
afterAll(() => s.close());

/** `requests/{id}` of the route table is `/api/requests/{id}`: the server's URL and the path. */
const served = () => {
  const base = doc.body.servers?.[0]?.url ?? '';
  return operationsOf(doc.body).map((op) => `${op.method} ${base}${op.path} ${op.operationId}`);
};
const routed = () =>
  s.stack.app.routes.flatMap((r) => r.methods.map((m) => `${m} /api/${r.route} ${r.name}`));

describe('the OpenAPI document served at /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document whose every $ref resolves', () => {
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\.1\.\d+$/);
    const refs = [
      ...JSON.stringify(doc.body).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g),
    ];
    expect(refs.length).toBeGreaterThan(0);
    const missing = refs.map((m) => m[1] ?? '').filter((n) => !(n in doc.body.components.schemas));
    expect(missing).toEqual([]);
    expect(doc.body.components.schemas.NewRequest).toMatchObject({
      properties: { title: { maxLength: 200 } },
    });
  });

  it('documents every route of the composed table under its name, dev and bot routes too', () => {
    expect(s.stack.app.routes.length).toBeGreaterThanOrEqual(11);
    expect(routed().some((r) => r.startsWith('POST /api/dev/token'))).toBe(true);
    expect(routed().some((r) => r.startsWith('POST /api/messages'))).toBe(true);
    const documented = new Set(served());
    expect(routed().filter((r) => !documented.has(r))).toEqual([]);
  });

  it('documents nothing that the route table does not serve', () => {
    const table = new Set(routed());
    expect(served().filter((op) => !table.has(op))).toEqual([]);
  });

  it('answers every 2xx of every operation with a content schema (a 204 has no body)', () => {
    const bare = operationsOf(doc.body).flatMap((op) =>
      Object.entries(op.responses)
        .filter(([status]) => /^2\d\d$/.test(status) && status !== '204')
        .filter(([, r]) => !Object.values(r.content ?? {}).some((m) => m.schema !== undefined))
        .map(([status]) => `${op.method} ${op.path} ${status}`),
    );
    expect(bare).toEqual([]);
  });
});

describe('real answers against their documented schemas', () => {
  const checker = () => makeSchemaChecker(doc.body);
  /** The answer's status and media type are documented for the operation; its body conforms. */
  const expectDocumented = (res: ApiResponse<unknown>, method: string, path: string) => {
    const mediaType = res.headers.get('content-type')?.split(';')[0]?.trim();
    const schema = documentedSchema(doc.body, method, path, res.status, mediaType);
    expect({ [`${method} ${path} ${res.status}`]: checker().check(schema, res.body) }).toEqual({
      [`${method} ${path} ${res.status}`]: [],
    });
  };
  const as = async (personId: string) => ({ token: await s.tokenFor(personId) });

  it('of the platform, the directory and the local sign-in', async () => {
    expectDocumented(await s.api.call('GET', '/api/health'), 'GET', '/health');
    expectDocumented(doc, 'GET', '/openapi.json');
    expectDocumented(await s.api.call('GET', '/api/dev/users'), 'GET', '/dev/users');
    const token = await s.api.call('POST', '/api/dev/token', { json: { userId: DEMO.marketer } });
    expectDocumented(token, 'POST', '/dev/token');
    expectDocumented(await s.api.call('GET', '/api/me', await as(DEMO.marketer)), 'GET', '/me');
    const directory = await s.api.call('GET', '/api/directory', await as(DEMO.marketer));
    expectDocumented(directory, 'GET', '/directory');
    for (const kind of ['departments', 'calendars', 'sla-policies', 'people']) {
      const entries = await s.api.call('GET', `/api/admin/${kind}`, await as(DEMO.admin));
      expectDocumented(entries, 'GET', '/admin/{kind}');
    }
    const put = await s.api.call('PUT', '/api/admin/departments/openapi-check', {
      ...(await as(DEMO.admin)),
      json: { name: 'OpenAPI check', calendarId: 'moscow-ho' },
    });
    expect(put.status).toBe(201);
    expectDocumented(put, 'PUT', '/admin/{kind}/{id}');
  });

  it('of requests, and of a problem', async () => {
    const requests = makeRequestsClient(s);
    const by = await as(DEMO.murmanskRep);
    const created = await s.api.call('POST', '/api/requests', { ...by, json: newRequestBody() });
    expectDocumented(created, 'POST', '/requests');
    const { id, etag } = created.body as { id: string; etag: string };
    expectDocumented(await requests.get(DEMO.marketer, id), 'GET', '/requests/{id}');
    const acted = await requests.act(DEMO.marketer, id, 'acknowledge', undefined, etag);
    expectDocumented(acted, 'POST', '/requests/{id}/{action}');
    const inbox = await s.api.call('GET', '/api/requests?box=inbox', await as(DEMO.marketer));
    expectDocumented(inbox, 'GET', '/requests');
    const preview = await s.api.call('POST', '/api/requests/preview', {
      ...by,
      json: { toDepartmentId: 'marketing', typeId: 'question', priority: 'high' },
    });
    expectDocumented(preview, 'POST', '/requests/preview');
    const refused = await s.api.call('POST', '/api/requests', { ...by, json: { title: '' } });
    expect(refused.status).toBe(400);
    expectDocumented(refused, 'POST', '/requests');
    // A day on, the sweep has warned of SLAs running out.
    s.clock.advanceMinutes(24 * 60);
    await s.stack.app.sweep();
    const notifications = await s.api.call<{ items: unknown[] }>(
      'GET',
      '/api/notifications',
      await as(DEMO.marketingHead),
    );
    expect(notifications.body.items.length).toBeGreaterThan(0);
    expectDocumented(notifications, 'GET', '/notifications');
  });

  it('of approvals', async () => {
    const asked = await s.ask(
      DEMO.marketer,
      budgetApproval([DEMO.marketingHead, DEMO.financeHead]),
    );
    expectDocumented(asked, 'POST', '/approvals');
    const got = await s.get(DEMO.marketingHead, asked.body.id);
    expectDocumented(got, 'GET', '/approvals/{id}');
    const approved = await s.act(DEMO.marketingHead, got.body.id, 'approve', {}, got.body.etag);
    expectDocumented(approved, 'POST', '/approvals/{id}/{action}');
    expectDocumented(await s.list(DEMO.financeHead, 'box=to-decide'), 'GET', '/approvals');
  });

  it('of meetings, with the agenda suggested from open requests', async () => {
    const meetings = makeMeetingsClient(s);
    const scheduled = await meetings.call(DEMO.marketingHead, 'POST', '', { json: planningBody() });
    expectDocumented(scheduled, 'POST', '/meetings');
    const got = await meetings.call(DEMO.salesHead, 'GET', `/${scheduled.body.id}`);
    expectDocumented(got, 'GET', '/meetings/{id}');
    expect(got.body.agenda.items.some((i) => i.suggestedBecause !== undefined)).toBe(true);
    const proposed = await meetings.call(DEMO.salesHead, 'POST', `/${got.body.id}/items`, {
      json: {
        title: 'Spring catalogue',
        ownerId: DEMO.salesHead,
        timeBoxMinutes: 90,
        kind: 'promotion-planning',
      },
      etag: got.body.etag,
    });
    expectDocumented(proposed, 'POST', '/meetings/{id}/items');
    expectDocumented(await meetings.call(DEMO.marketer, 'GET', ''), 'GET', '/meetings');
    const invite = await meetings.call(DEMO.marketer, 'GET', `/${got.body.id}/invite.ics`);
    expect(invite.body).toMatch(/^BEGIN:VCALENDAR/);
    expectDocumented(invite, 'GET', '/meetings/{id}/invite.ics');
    const slots = await meetings.call(DEMO.marketingHead, 'POST', '/suggest-times', {
      json: {
        departmentIds: ['marketing', 'sales'],
        durationMinutes: 60,
        from: '2026-12-08T06:00:00Z',
        to: '2026-12-10T15:00:00Z',
        timeZone: 'Europe/Moscow',
      },
    });
    expectDocumented(slots, 'POST', '/meetings/suggest-times');
  });

  it('of the card preview: the cards, and a click the handler refuses', async () => {
    const cards = await s.api.call('GET', '/api/cards?locale=ru', await as(DEMO.marketer));
    expectDocumented(cards, 'GET', '/cards');
    expect((cards.body as { cards: unknown[] }).cards.length).toBeGreaterThan(0);
    const click = await s.api.call('POST', '/api/cards/action', {
      ...(await as(DEMO.marketer)),
      json: { verb: 'no-such-verb', data: {} },
    });
    expectDocumented(click, 'POST', '/cards/action');
  });
});
