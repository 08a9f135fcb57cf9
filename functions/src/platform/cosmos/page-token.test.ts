import { isDomainError } from '@tandem/shared';
import { cosmosPage, fromPageToken, toPageToken } from './page-token';

const refused = (token: string) => {
  try {
    fromPageToken(token);
    return false;
  } catch (err) {
    return isDomainError(err) && err._tag === 'ValidationFailed';
  }
};

describe('page tokens', () => {
  it('carry the Cosmos continuation there and back', () => {
    const cosmos = '[{"compositeToken":"+RID:~abc==#RT:1","orderByItems":[{"item":"x"}]}]';
    const token = toPageToken(cosmos);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromPageToken(token ?? '')).toBe(cosmos);
    expect(toPageToken(undefined)).toBeNull();
  });

  it('refuse what Tandem did not issue', () => {
    const b64 = (s: string) => Buffer.from(s).toString('base64url');
    for (const token of ['123', '[1]', '{"x":1}', 'zz', 'продолжение', b64('{"x":1}'), b64('[1]')])
      expect(refused(token)).toBe(true);
    expect(refused(b64(JSON.stringify({ v: 2, c: 'x' })))).toBe(true);
    expect(refused('a'.repeat(5000))).toBe(true);
  });

  it('turn a Cosmos 400 on a continued query into a 400, and only then', async () => {
    const badRequest = () => Promise.reject(Object.assign(new Error('bad token'), { code: 400 }));
    await expect(cosmosPage('Requests of', 't', 'forged', badRequest)).rejects.toMatchObject({
      _tag: 'ValidationFailed',
      issues: [expect.objectContaining({ path: 'continuation' })],
    });
    await expect(cosmosPage('Requests of', 't', undefined, badRequest)).rejects.toThrow(
      /status 400/,
    );
  });
});
