import { countUnseen, newestCreatedAt } from './unseen';

const at = (iso: string) => ({ createdAt: iso });
const items = [
  at('2026-11-27T10:00:00.000Z'),
  at('2026-11-27T09:00:00.000Z'),
  at('2026-11-26T09:00:00.000Z'),
];

describe('unseen notifications', () => {
  it('counts every notification when the panel was never opened', () => {
    expect(countUnseen(items, null)).toBe(3);
  });

  it('counts only those newer than the newest seen', () => {
    expect(countUnseen(items, '2026-11-27T09:00:00.000Z')).toBe(1);
    expect(countUnseen(items, newestCreatedAt(items))).toBe(0);
  });

  it('finds the newest instant whatever the order', () => {
    expect(newestCreatedAt([...items].reverse())).toBe('2026-11-27T10:00:00.000Z');
    expect(newestCreatedAt([])).toBeNull();
  });
});
