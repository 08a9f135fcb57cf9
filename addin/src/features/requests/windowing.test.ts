import { computeWindow, nearEnd } from './windowing';

const base = { rowHeight: 80, viewportHeight: 400, overscan: 3 };

describe('computeWindow', () => {
  it('renders the first screenful plus overscan at the top', () => {
    expect(computeWindow({ ...base, scrollTop: 0, count: 1000 })).toEqual({
      start: 0,
      end: 8,
      totalHeight: 80_000,
    });
  });

  it('renders only rows around the viewport in the middle of a long list', () => {
    const w = computeWindow({ ...base, scrollTop: 40_040, count: 1000 });
    // Rows 500 (partly hidden) to 505 are visible; 3 more on each side.
    expect([w.start, w.end]).toEqual([497, 509]);
    expect(w.end - w.start).toBeLessThan(20);
  });

  it('clamps a scroll position past the end (e.g. after the list shrank)', () => {
    const w = computeWindow({ ...base, scrollTop: 1e9, count: 10 });
    expect([w.start, w.end, w.totalHeight]).toEqual([2, 10, 800]);
  });

  it('renders everything when the list is shorter than the viewport', () => {
    expect(computeWindow({ ...base, scrollTop: 0, count: 3 })).toEqual({
      start: 0,
      end: 3,
      totalHeight: 240,
    });
  });

  it('renders nothing for an empty list or before the viewport is measured', () => {
    expect(computeWindow({ ...base, scrollTop: 0, count: 0 })).toEqual({
      start: 0,
      end: 0,
      totalHeight: 0,
    });
    const unmeasured = computeWindow({ ...base, viewportHeight: 0, scrollTop: 0, count: 1000 });
    expect([unmeasured.start, unmeasured.end]).toEqual([0, 4]);
  });

  it('covers every visible row for any scroll position', () => {
    for (let top = 0; top <= 80_000; top += 37) {
      const w = computeWindow({ ...base, scrollTop: top, count: 1000 });
      const firstVisible = Math.floor(Math.min(top, 80_000 - 400) / 80);
      const lastVisible = Math.ceil((Math.min(top, 80_000 - 400) + 400) / 80) - 1;
      expect(w.start).toBeLessThanOrEqual(firstVisible);
      expect(w.end).toBeGreaterThan(Math.min(lastVisible, 999));
      expect(w.end - w.start).toBeLessThanOrEqual(12);
    }
  });
});

describe('nearEnd', () => {
  it('fires within the threshold of the bottom only', () => {
    expect(nearEnd(0, 400, 4000, 200)).toBe(false);
    expect(nearEnd(3400, 400, 4000, 200)).toBe(true);
    expect(nearEnd(3399, 400, 4000, 200)).toBe(false);
  });
});
