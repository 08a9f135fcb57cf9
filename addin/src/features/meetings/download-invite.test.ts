import { ApiProblem } from '../../app/api/api-problem';
import { fetchInvite, fileNameFrom } from './download-invite';

describe('fileNameFrom', () => {
  it('reads quoted, plain and RFC 5987 names, preferring filename*', () => {
    expect(fileNameFrom('attachment; filename="Joint planning.ics"', 'x.ics')).toBe(
      'Joint planning.ics',
    );
    expect(fileNameFrom('attachment; filename=plan.ics', 'x.ics')).toBe('plan.ics');
    expect(
      fileNameFrom(
        `attachment; filename="plan.ics"; filename*=UTF-8''%D0%9F%D0%BB%D0%B0%D0%BD.ics`,
        'x.ics',
      ),
    ).toBe('План.ics');
  });

  it('falls back when there is no usable name and strips path separators', () => {
    expect(fileNameFrom(null, 'x.ics')).toBe('x.ics');
    expect(fileNameFrom('attachment', 'x.ics')).toBe('x.ics');
    expect(fileNameFrom('attachment; filename="../../etc/passwd"', 'x.ics')).toBe(
      '.._.._etc_passwd',
    );
  });
});

describe('fetchInvite', () => {
  const ics = 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n';

  it('sends the bearer token and retries once with a fresh token after a 401', async () => {
    const seen: string[] = [];
    const fetchFake = (async (_url: string, init?: RequestInit) => {
      const auth = new Headers(init?.headers).get('authorization') ?? '';
      seen.push(auth);
      return auth === 'Bearer fresh'
        ? new Response(ics, {
            headers: { 'content-disposition': 'attachment; filename="Plan.ics"' },
          })
        : new Response('', { status: 401 });
    }) as typeof fetch;
    const got = await fetchInvite({
      url: '/api/meetings/m1/invite.ics',
      getToken: async (refresh) => (refresh ? 'fresh' : 'stale'),
      fetch: fetchFake,
    });
    expect(seen).toEqual(['Bearer stale', 'Bearer fresh']);
    expect(got.fileName).toBe('Plan.ics');
    expect(await got.blob.text()).toBe(ics);
  });

  it('turns a problem+json refusal into an ApiProblem with its detail', async () => {
    const fetchFake = (async () =>
      new Response(JSON.stringify({ title: 'Forbidden', detail: 'Not your meeting.' }), {
        status: 403,
        headers: { 'content-type': 'application/problem+json' },
      })) as typeof fetch;
    const failure = fetchInvite({ url: '/x', getToken: async () => 't', fetch: fetchFake });
    await expect(failure).rejects.toBeInstanceOf(ApiProblem);
    await expect(failure).rejects.toMatchObject({ status: 403, detail: 'Not your meeting.' });
  });
});
