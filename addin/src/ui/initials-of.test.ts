import { initialsOf } from './initials-of';

describe('initialsOf', () => {
  it('takes the first letters of the first and last words', () => {
    expect(initialsOf('Anna Smirnova')).toBe('AS');
    expect(initialsOf('  ivan  petrovich kuznetsov ')).toBe('IK');
    expect(initialsOf('Ольга')).toBe('О');
    expect(initialsOf('')).toBe('?');
  });
});
