import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { deterministicUuid, sha1 } from './deterministic-uuid';

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('sha1', () => {
  it('matches node:crypto on any input, including block-boundary lengths', () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const bytes = Array.from({ length }, (_, i) => (i * 31 + 7) & 0xff);
      expect(Buffer.from(sha1(bytes)).toString('hex')).toBe(
        createHash('sha1').update(Buffer.from(bytes)).digest('hex'),
      );
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const ours = Buffer.from(sha1(bytes)).toString('hex');
        return ours === createHash('sha1').update(bytes).digest('hex');
      }),
    );
  });
});

describe('deterministicUuid', () => {
  it('gives the published version-5 UUID of www.example.com in the DNS namespace', () => {
    expect(deterministicUuid('www.example.com', DNS_NAMESPACE)).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('is stable for a name, different across names, and well-formed', () => {
    const a = deterministicUuid('tenant-1/series-1');
    expect(deterministicUuid('tenant-1/series-1')).toBe(a);
    expect(deterministicUuid('tenant-1/series-2')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('hashes names as UTF-8', () => {
    const expected = createHash('sha1')
      .update(
        Buffer.concat([
          Buffer.from(DNS_NAMESPACE.replace(/-/g, ''), 'hex'),
          Buffer.from('Отдел', 'utf8'),
        ]),
      )
      .digest('hex');
    expect(deterministicUuid('Отдел', DNS_NAMESPACE).replace(/-/g, '').slice(0, 12)).toBe(
      expected.slice(0, 12),
    );
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => deterministicUuid('x', 'not-a-uuid')).toThrow(RangeError);
  });
});
