import { PreconditionRequired } from '@tandem/shared';
import { bareVersion, etagOf, requireIfMatch, sameVersion } from './version';

describe('versions', () => {
  it('makes strong ETags and compares them as HTTP clients send them', () => {
    expect(etagOf('3-abc')).toBe('"3-abc"');
    expect(bareVersion('W/"3-abc"')).toBe('3-abc');
    expect(sameVersion('"3-abc"', '3-abc')).toBe(true);
    expect(sameVersion('"3-abc"', ' W/"3-abc" ')).toBe(true);
    expect(sameVersion('"3-abc"', '"3-abd"')).toBe(false);
  });

  it('requires an If-Match', () => {
    expect(() => requireIfMatch(undefined)).toThrow(PreconditionRequired);
    expect(() => requireIfMatch(null)).toThrow(PreconditionRequired);
    expect(() => requireIfMatch(' ')).toThrow(PreconditionRequired);
    expect(requireIfMatch('"1"')).toBe('"1"');
  });
});
