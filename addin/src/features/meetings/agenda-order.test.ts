import { moveItem, sectionItems } from './agenda-order';

const items = [
  { id: 'a', status: 'accepted', order: 0 },
  { id: 'p1', status: 'proposed', order: 1 },
  { id: 'b', status: 'accepted', order: 2 },
  { id: 'x', status: 'dismissed', order: 3 },
  { id: 'c', status: 'done', order: 4 },
  { id: 'p2', status: 'proposed', order: 5 },
];

describe('moveItem', () => {
  it('swaps an agenda item with the previous agenda item, leaving proposals in place', () => {
    expect(moveItem(items, 'b', 'up')).toEqual(['b', 'p1', 'a', 'c', 'p2']);
  });

  it('moves down past the next item of the same section; dismissed items are not sent', () => {
    expect(moveItem(items, 'b', 'down')).toEqual(['a', 'p1', 'c', 'b', 'p2']);
    expect(moveItem(items, 'p1', 'down')).toEqual(['a', 'p2', 'b', 'c', 'p1']);
  });

  it('refuses to move the first item up, the last down, or an unknown item', () => {
    expect(moveItem(items, 'a', 'up')).toBeNull();
    expect(moveItem(items, 'c', 'down')).toBeNull();
    expect(moveItem(items, 'nope', 'up')).toBeNull();
    expect(moveItem(items, 'x', 'up')).toBeNull();
  });

  it('orders by the order field, not by the position in the array', () => {
    const shuffled = [items[4]!, items[0]!, items[2]!];
    expect(moveItem(shuffled, 'c', 'up')).toEqual(['a', 'c', 'b']);
  });
});

describe('sectionItems', () => {
  it('lists the items of the same section in agenda order', () => {
    expect(sectionItems(items, 'c').map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(sectionItems(items, 'p2').map((i) => i.id)).toEqual(['p1', 'p2']);
  });
});
