import { hashNamesAPage, hashOf, pageFromHash } from './page-address';

const pageIds = ['home', 'first', 'second', 'third'];
const read = (hash: string) => pageFromHash(hash, pageIds, 'home');

describe('page addresses', () => {
  it('reads every page back from its own hash', () => {
    for (const page of pageIds) expect(read(hashOf(page, 'home'))).toBe(page);
  });

  it('falls back to the home page for an empty, unknown or config hash', () => {
    expect(read('')).toBe('home');
    expect(read('#/nowhere')).toBe('home');
    expect(read('#/config')).toBe('home');
  });

  it('accepts the hash with or without the slash and with a query after it', () => {
    expect(read('#second')).toBe('second');
    expect(read('#/first?x=1')).toBe('first');
  });

  it('tells an address that names a page from one that leaves it open', () => {
    expect([hashNamesAPage(''), hashNamesAPage('#/'), hashNamesAPage('#/first')]).toEqual([
      false,
      false,
      true,
    ]);
  });
});
