/**
 * Which rows of a fixed-row-height list to render: only those in the viewport plus a few above
 * and below, so a list of thousands costs what a screenful costs.
 */
export interface WindowInput {
  readonly scrollTop: number;
  readonly viewportHeight: number;
  readonly rowHeight: number;
  readonly count: number;
  /** Rows rendered beyond each edge, so fast scrolling does not flash blank space. */
  readonly overscan: number;
}

export interface RowWindow {
  /** First row to render. */
  readonly start: number;
  /** One past the last row to render. */
  readonly end: number;
  readonly totalHeight: number;
}

export function computeWindow(input: WindowInput): RowWindow {
  const { rowHeight, count, overscan } = input;
  const totalHeight = count * rowHeight;
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0, totalHeight };
  const maxTop = Math.max(0, totalHeight - input.viewportHeight);
  const top = Math.min(Math.max(0, input.scrollTop), maxTop);
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + Math.max(0, input.viewportHeight)) / rowHeight);
  return {
    start: Math.max(0, first - overscan),
    end: Math.min(count, Math.max(last, first + 1) + overscan),
    totalHeight,
  };
}

/** True when the viewport is within `threshold` px of the end: time to fetch the next page. */
export function nearEnd(
  scrollTop: number,
  viewportHeight: number,
  totalHeight: number,
  threshold: number,
) {
  return scrollTop + viewportHeight >= totalHeight - threshold;
}
