import { hashOf, pageFromHash, pageIds } from './page-ids';

describe('page addresses', () => {
  it('reads every page back from its own hash', () => {
    for (const page of pageIds) expect(pageFromHash(hashOf(page))).toBe(page);
  });

  it('falls back to the requests page for an empty, unknown or config hash', () => {
    expect(pageFromHash('')).toBe('requests');
    expect(pageFromHash('#/nowhere')).toBe('requests');
    expect(pageFromHash('#/config')).toBe('requests');
  });

  it('accepts the hash with or without the slash and with a query after it', () => {
    expect(pageFromHash('#meetings')).toBe('meetings');
    expect(pageFromHash('#/approvals?x=1')).toBe('approvals');
  });
});
